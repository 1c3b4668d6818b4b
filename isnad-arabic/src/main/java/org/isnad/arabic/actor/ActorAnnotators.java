package org.isnad.arabic.actor;

import java.util.List;
import org.isnad.core.pipeline.Annotator;

/**
 * The actor stage in pipeline order. After {@code TextAnnotator} (and {@code StructureAnnotator},
 * whose boilerplate spans are honoured): {@link CatalogueAnnotator} (MENTIONS), then the statistical
 * NER when available (NER_MENTIONS), then {@link EntityAnnotator} (ENTITIES).
 */
public final class ActorAnnotators {
    private ActorAnnotators() {}

    /** Catalogue matcher and linker sharing one catalogue; put an NER annotator between them if present. */
    public static List<Annotator> withoutNer() {
        ActorCatalogue c = ActorCatalogue.shared();
        return List.of(new CatalogueAnnotator(c), new EntityAnnotator(c));
    }

    /** Catalogue matcher, the given NER annotator (producing NER_MENTIONS), linker. */
    public static List<Annotator> withNer(Annotator ner) {
        ActorCatalogue c = ActorCatalogue.shared();
        return List.of(new CatalogueAnnotator(c), ner, new EntityAnnotator(c));
    }
}
