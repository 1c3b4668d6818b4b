package org.isnad.arabic.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.arabic.text.TextAnnotator;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.Span;
import org.isnad.core.pipeline.Annotator;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Linking with a statistical NER layer present: merging, catalogue precedence, variants. */
class EntityAnnotatorTest {

    /** A stand-in for the statistical tagger: marks given phrases with given types. */
    record FakeNer(List<String[]> phrases) implements Annotator {
        @Override
        public Set<Layer<?>> produces() {
            return Set.of(Layer.NER_MENTIONS);
        }

        @Override
        public Document annotate(Document doc) {
            List<EntityMention> out = new ArrayList<>();
            for (String[] p : phrases) {
                int from = 0;
                int at;
                while ((at = doc.text().indexOf(p[0], from)) >= 0) {
                    out.add(new EntityMention(new Span(at, at + p[0].length()), p[1], MentionKind.NAME, null, "ner"));
                    from = at + p[0].length();
                }
            }
            out.sort((a, b) -> a.span().compareTo(b.span()));
            return doc.with(Layer.NER_MENTIONS, out);
        }
    }

    static Document run(String text, String[]... ner) {
        List<Annotator> all = new ArrayList<>();
        all.add(new TextAnnotator());
        all.addAll(ActorAnnotators.withNer(new FakeNer(List.of(ner))));
        return new Pipeline(all).apply("t", text);
    }

    static Entity entity(Document d, String id) {
        return d.get(Layer.ENTITIES).stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void nerNamesOutsideTheCatalogueGetDocumentIdsAndPersonVariantsMerge() {
        Document d = run("استقبل كمال الدباغ وفدا من شركة نفطون القابضة. وأكد الدباغ أن نفطون ستعمل في البصرة.",
                new String[] {"كمال الدباغ", "PER"}, new String[] {"الدباغ", "PER"}, new String[] {"نفطون", "ORG"},
                new String[] {"البصرة", "GPE"});
        List<Entity> es = d.get(Layer.ENTITIES);
        Entity per = es.stream().filter(e -> e.type().equals("PER")).findFirst().orElseThrow();
        assertTrue(per.id().startsWith(EntityAnnotator.NER_PREFIX), per.id());
        // "كمال الدباغ" and the later "الدباغ"; the fake tagger's nested "الدباغ" overlaps and is dropped
        assertEquals(2, per.mentions().size(), per.toString());
        Entity org = es.stream().filter(e -> e.type().equals("ORG")).findFirst().orElseThrow();
        assertEquals(2, org.mentions().size());
        // the catalogue wins on the overlap: one basra mention with the catalogue id
        assertEquals(1, entity(d, "basra").mentions().size());
    }

    @Test
    void aTaggedFamilyNameIsTheCataloguePersonNamedInFullEarlier() {
        Document d = run("قال وزير الخارجية التركي مولود تشاووش أوغلو إن أنقرة لن تتراجع. وأضاف أوغلو أن الحدود مغلقة. والتقى كمال أوغلو وفدا.",
                new String[] {"أوغلو", "PER"}, new String[] {"كمال أوغلو", "PER"});
        Entity cavusoglu = entity(d, "mevlut_cavusoglu");
        // the full name and the later family name alone; the fake tagger's "أوغلو" inside the full name overlaps it
        assertEquals(2, cavusoglu.mentions().size(), cavusoglu.toString());
        // another first name with the same family name is someone else
        assertTrue(d.get(Layer.ENTITIES).stream().anyMatch(e -> e.id().startsWith(EntityAnnotator.NER_PREFIX)
                && e.mentions().size() == 1), d.get(Layer.ENTITIES).toString());
    }

    @Test
    void aOneLetterWordIsNotCutFromTheStartOfAName() {
        // the segmenter reads "بي" as ب + ي ("with me"); the acronym keeps its first letter
        Document d = run("وقالت شركة بي واي دي الصينية إنها ستبني مصنعا في البصرة.", new String[] {"بي واي دي", "ORG"});
        Entity org = d.get(Layer.ENTITIES).stream().filter(e -> e.type().equals("ORG")).findFirst().orElseThrow();
        assertEquals(List.of("بي واي دي"), org.mentions().stream().map(m -> d.text(m.span())).toList());
    }

    @Test
    void nerSpanThatIsACatalogueNameGetsTheCatalogueId() {
        // a spelling the matcher also knows, tagged by NER only where the catalogue has no mention
        Document d = run("قال أوباما إن الوضع خطير.", new String[] {"أوباما", "PER"});
        assertEquals(1, entity(d, "barack_obama").mentions().size());
    }

    @Test
    void miscAndUnknownTypesAreDropped() {
        Document d = run("تحدث عن مهرجان الربيع الثقافي.", new String[] {"مهرجان الربيع", "MISC"});
        assertEquals(List.of(), d.get(Layer.ENTITIES));
    }

    @Test
    void worksWithoutNer() {
        Document d = Pipeline.of(new TextAnnotator(), new CatalogueAnnotator(), new EntityAnnotator())
                .apply("t", "قصفت طائرات التحالف مواقع لداعش في الرقة.");
        assertEquals(List.of("intl_coalition", "isis", "raqqa"),
                d.get(Layer.ENTITIES).stream().map(Entity::id).toList());
    }

    @Test
    void nerSpanLosesProcliticsTheSegmenterCut() {
        Document d = new TextAnnotator().annotate(Document.of("t", "وصل وفد شركة نفطون ثم غادر ونفطون تنفي."));
        List<org.isnad.core.model.Token> seg = new ArrayList<>();
        for (org.isnad.core.model.Token t : d.get(Layer.TOKENS)) {
            seg.add(t.norm().equals("ونفطون") ? t.withClitics(t.start() + 1, "و", false) : t);
        }
        d = d.with(Layer.TOKENS, seg);
        d = new CatalogueAnnotator().annotate(d);
        d = new FakeNer(List.<String[]>of(new String[] {"ونفطون", "ORG"}, new String[] {"نفطون ", "ORG"})).annotate(d);
        Document out = new EntityAnnotator().annotate(d);
        Entity org = out.get(Layer.ENTITIES).get(0);
        assertEquals(List.of("نفطون ", "نفطون"), org.mentions().stream().map(m -> out.text(m.span())).toList());
    }
}
