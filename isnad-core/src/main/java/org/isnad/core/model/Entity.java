package org.isnad.core.model;

import java.util.List;

/**
 * An entity with all its mentions in one document.
 *
 * @param type    PER, ORG, GPE, LOC or FAC
 * @param subtype media, government, armed_group, intl_body or null
 */
public record Entity(String id, String type, String subtype, String nameEn, String nameAr, List<Mention> mentions) {
    public Entity {
        if (id == null || id.isEmpty() || type == null) {
            throw new IllegalArgumentException("entity needs id and type");
        }
        mentions = List.copyOf(mentions);
    }
}
