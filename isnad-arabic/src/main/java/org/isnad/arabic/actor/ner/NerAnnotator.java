package org.isnad.arabic.actor.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.actor.ActorCatalogue;
import org.isnad.arabic.resource.Resources;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.Document;
import org.isnad.core.model.EntityMention;
import org.isnad.core.model.Layer;
import org.isnad.core.model.MentionKind;
import org.isnad.core.model.NormalizedText;
import org.isnad.core.model.Sentence;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.isnad.core.pipeline.Annotator;

/**
 * Statistical named-entity recogniser: tags every sentence with the shipped {@link NerModel} and
 * writes {@link Layer#NER_MENTIONS} as {@code EntityMention(span, type, NAME, null, "ner")}.
 *
 * <p>Types: ANERcorp PERS → PER, ORG → ORG, MISC → MISC, and LOC → GPE by default (ANERcorp's LOC
 * is mostly countries and cities), except geographic places listed in {@code ner-place-heads.tsv}
 * (continents, seas, rivers) or named after a geographic head noun (نهر، جبل ...), which become LOC.
 * Spans are original offsets; a classifier noun starting a place name is left out ("مدينة الموصل"
 * → "الموصل"), as is a leading conjunction/preposition proclitic (و ف ب ل ك) of the first word
 * ("بداعش" → "داعش", "للوكالة" → "لوكالة"); quotation marks are never inside a mention. A
 * one-word mention that is only a nationality adjective ("التركي", "الكردية"), an organisation
 * head noun ("منظمة") or a title ("الرئيس") is dropped: such words alone are never names (gold NOTES);
 * so is an indefinite description ("منظمة إرهابية", "حزب كردي"). Words written with tanween are
 * trimmed from either end of a mention ("عبدالله جانباً" → "عبدالله").
 *
 * <p>Reads tokens' normalised forms only (not their clitic fields). Loads the model once in the
 * constructor; keeps no per-document state, so one instance may serve many threads.
 */
public final class NerAnnotator implements Annotator {
    private static final String[] TYPE_MAP = {"PER", "GPE", "ORG", "MISC"};

    /** Place-name heads and geographic names ({@code ner-place-heads.tsv}). */
    static final String PLACE_HEADS = "isnad/ar/actor/ner-place-heads.tsv";

    private final NerModel model;
    /** Classifier noun before a place name → the schema type of the name after it. */
    private final Map<String, String> heads = new HashMap<>();
    /** Normalised names of geographic places (LOC, not GPE). */
    private final Set<String> geographic = new HashSet<>();
    private final ActorCatalogue catalogue = ActorCatalogue.shared();
    /**
     * Words that are never a name alone besides the catalogue's nationality adjectives: nationality
     * nouns, organisation heads, titles.
     */
    private final Set<String> neverAlone = new HashSet<>();
    /** Organisation head nouns ("منظمة", "حزب"): with only an indefinite adjective after them, a description. */
    private final Set<String> orgHeads = new HashSet<>();

    /** Loads the shipped model and place lists from the classpath. */
    public NerAnnotator() {
        this(NerModel.loadDefault());
    }

    public NerAnnotator(NerModel model) {
        this.model = model;
        for (String[] row : Resources.rows(PLACE_HEADS)) {
            if (row[0].equals("HEAD") && row.length >= 3) {
                heads.put(ArabicNormalizer.normalize(row[1]).strip(), row[2].strip());
            } else if (row[0].equals("LOC") && row.length >= 2) {
                geographic.add(ArabicNormalizer.normalize(row[1]).strip());
            }
        }
        for (String word : Resources.lines("isnad/ar/actor/not-names.tsv")) {
            neverAlone.add(ArabicNormalizer.normalize(word).strip());
        }
        // (not the place heads: "الجزيرة", "الخليج", "الضفة" are names on their own)
        for (String[] row : model.cues) { // the tagger's own cue words (ner-cues.tsv when trained): class, word
            if (row.length > 1 && (row[0].equals("ORGHEAD") || row[0].equals("TITLE"))) {
                neverAlone.add(ArabicNormalizer.normalize(row[1]).strip());
            }
            if (row.length > 1 && row[0].equals("ORGHEAD")) {
                orgHeads.add(ArabicNormalizer.normalize(row[1]).strip());
            }
        }
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.NER_MENTIONS);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Document annotate(Document doc) {
        List<Token> tokens = doc.tokens();
        List<Sentence> sentences = doc.sentences();
        List<String[]> norms = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            String[] n = new String[s.tokenCount()];
            for (int i = 0; i < n.length; i++) {
                n[i] = tokens.get(s.firstToken() + i).norm();
            }
            norms.add(n);
        }
        List<int[]> labels = model.tagDocument(norms, new NerFeatures.Work());
        NormalizedText nt = doc.getOr(Layer.NORMALIZED, null);
        List<EntityMention> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            int[] lab = labels.get(k);
            for (NerCorpus.Chunk c : NerCorpus.chunks(lab, lab.length)) {
                int from = s.firstToken() + c.start();
                int to = s.firstToken() + c.end();
                // a word written with tanween is an indefinite common noun or adverb, never part of a
                // name: "[عبدالله] جانباً", "شاباً [كيوسف السليمان]"
                while (from < to && hasTanween(doc.text(), tokens.get(from))) {
                    from++;
                }
                while (to > from && hasTanween(doc.text(), tokens.get(to - 1))) {
                    to--;
                }
                if (from == to) {
                    continue;
                }
                String type = TYPE_MAP[c.type()];
                if (c.type() == LOC_TYPE) {
                    String head = heads.get(cliticFree(tokens.get(from).norm()));
                    if (head != null && to - from > 1) {
                        from++; // "مدينة الموصل" -> "الموصل"
                        type = head;
                    } else if (from > s.firstToken() && "LOC".equals(heads.get(cliticFree(tokens.get(from - 1).norm())))) {
                        type = "LOC"; // "نهر [الفرات]"
                    } else if (geographic.contains(phrase(tokens, from, to))) {
                        type = "LOC";
                    }
                }
                if (to - from == 1 && neverAlone(tokens.get(from).norm()) || description(tokens, from, to)) {
                    continue;
                }
                Token first = tokens.get(from);
                Token last = tokens.get(to - 1);
                int start = stemStart(first, model.procliticCut(first.norm()), nt, doc.text());
                if (start < last.end()) {
                    out.add(new EntityMention(new Span(start, last.end()), type, MentionKind.NAME, null, "ner"));
                }
            }
        }
        return doc.with(Layer.NER_MENTIONS, out);
    }

    private static final int LOC_TYPE = NerModel.TYPES.indexOf("LOC");

    /** Feminine and sound plural endings an adjective in {@link #neverAlone} may carry. */
    private static final String[] ENDINGS = {"ه", "ون", "ين", "ات"};

    /**
     * The word, without proclitics, article and a feminine or plural ending, is in {@link #neverAlone}
     * or a nationality adjective, and is not a catalogue name (the country "السعودية" is also the adjective's feminine).
     */
    boolean neverAlone(String norm) {
        String free = cliticFree(norm);
        if (norm.startsWith("لل") && free.startsWith("ل") && !free.startsWith("ال")) {
            free = "ا" + free; // "للأكراد": ل + الأكراد, the article's alif elided
        }
        String w = free.startsWith("ال") && free.length() > 4 ? free.substring(2) : free;
        boolean listed = notAName(w);
        for (int k = 0; !listed && k < ENDINGS.length; k++) {
            String end = ENDINGS[k];
            listed = w.endsWith(end) && w.length() - end.length() >= 3
                    && notAName(w.substring(0, w.length() - end.length()));
        }
        return listed && catalogue.lookup(free).isEmpty();
    }

    private boolean notAName(String w) {
        return neverAlone.contains(w) || catalogue.isDemonym(w);
    }

    /**
     * An indefinite head noun with only indefinite nisba adjectives after it ("منظمة إرهابية",
     * "حزب كردي"): a description, not a name (which takes the article or a proper noun).
     */
    boolean description(List<Token> tokens, int from, int to) {
        if (to - from < 2 || !orgHeads.contains(cliticFree(tokens.get(from).norm()))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            String w = tokens.get(i).norm();
            if (w.startsWith("ال") || !(w.endsWith("ي") || w.endsWith("يه"))) {
                return false;
            }
        }
        return true;
    }

    private String cliticFree(String norm) {
        int cut = model.procliticCut(norm);
        return cut == 0 ? norm : norm.substring(cut);
    }

    /** The normalised words of tokens [from, to), the first without proclitics, space-joined. */
    private String phrase(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder(cliticFree(tokens.get(from).norm()));
        for (int i = from + 1; i < to; i++) {
            sb.append(' ').append(tokens.get(i).norm());
        }
        return sb.toString();
    }

    /** Original offset after the first {@code cut} normalised characters of {@code t}. */
    static int stemStart(Token t, int cut, NormalizedText nt, String text) {
        if (cut == 0) {
            return t.start();
        }
        if (nt != null) {
            int p = nt.fromOriginal(t.start()) + cut;
            return Math.min(nt.toOriginalStart(p), t.end());
        }
        // no offset map: skip cut letters and the marks the normaliser drops (harakat, tatweel)
        int o = t.start();
        for (int k = 0; k < cut && o < t.end(); k++) {
            o++;
            while (o < t.end() && dropped(text.charAt(o))) {
                o++;
            }
        }
        return o;
    }

    /** Whether the token's original text carries a tanween mark (ً ٌ ٍ). */
    static boolean hasTanween(String text, Token t) {
        for (int o = t.start(); o < t.end(); o++) {
            char c = text.charAt(o);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
        }
        return false;
    }

    private static boolean dropped(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u200B' && c <= '\u200F');
    }
}
