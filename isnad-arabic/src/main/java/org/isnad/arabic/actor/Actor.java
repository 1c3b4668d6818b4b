package org.isnad.arabic.actor;

import java.util.Set;

/**
 * One catalogue entry: a real-world actor with a stable id slug shared by every document.
 *
 * @param type    PER, ORG, GPE, LOC or FAC
 * @param subtype media, government, armed_group, intl_body or null
 * @param tags    classes a nominal can refer to ("state", "army", "coalition", "agency" ...), plus
 *                the subtype and lower-case type, so that {@link #is(String)} answers both
 */
public record Actor(String id, String type, String subtype, String nameEn, String nameAr, Set<String> tags) {
    public Actor {
        if (id == null || id.isEmpty() || type == null) {
            throw new IllegalArgumentException("actor needs id and type");
        }
        tags = Set.copyOf(tags);
    }

    public boolean is(String tag) {
        return tags.contains(tag);
    }
}
