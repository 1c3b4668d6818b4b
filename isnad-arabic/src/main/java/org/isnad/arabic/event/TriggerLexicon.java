package org.isnad.arabic.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.resource.Resources;

/**
 * The event trigger lexicon ({@code isnad/ar/event/triggers.tsv}): bare normalised word forms mapped
 * to event types. Verb rows are expanded to their past and imperfective conjugations at load time,
 * so matching is one hash lookup per token (plus one per enclitic candidate). Immutable once built.
 */
public final class TriggerLexicon {

    /** Place condition: a GPE/LOC/FAC entity must follow the trigger in its clause. */
    public static final String PLACE = "place";
    /** Group condition: the object is a group (pronoun, ORG entity or group word soon after). */
    public static final String ORG = "org";

    /**
     * One lexicon reading of a form.
     *
     * @param rest       further bare words of a phrase (empty for one word)
     * @param verb       whether the form is a conjugated verb
     * @param imperfect  whether the form is an imperfective verb (needed for قد and the future س)
     * @param participle whether the form is a passive participle ("مدعومة"): what it qualifies undergoes it
     * @param condition  null, {@link #PLACE}, {@link #ORG}, or "next" (then {@code next} holds the words)
     */
    public record Entry(String type, String[] rest, boolean verb, boolean imperfect, boolean participle,
                        String condition, Set<String> next) {}

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    public static TriggerLexicon load(String resource) {
        TriggerLexicon lex = new TriggerLexicon();
        for (String[] row : Resources.rows(resource)) {
            if (row.length < 3) {
                throw new IllegalStateException(resource + ": expected type, pos, forms: " + String.join("\t", row));
            }
            String type = row[0].strip();
            String pos = row[1].strip();
            String cond = null;
            Set<String> next = Set.of();
            if (row.length > 3 && !row[3].isBlank()) {
                String c = row[3].strip();
                if (c.startsWith("next=")) {
                    cond = "next";
                    Set<String> n = new HashSet<>();
                    for (String w : c.substring(5).split(",")) {
                        n.add(Stems.bareForm(w));
                    }
                    next = Set.copyOf(n);
                } else if (c.equals(PLACE)) {
                    cond = PLACE;
                } else if (c.equals(ORG)) {
                    cond = ORG;
                } else {
                    throw new IllegalStateException(resource + ": unknown condition " + c);
                }
            }
            String[] forms = row[2].split("\\|");
            if (pos.equals("v")) {
                for (int i = 0; i < forms.length; i++) {
                    String f = forms[i].strip();
                    if (f.equals("-") || f.isEmpty()) {
                        continue;
                    }
                    String n = Stems.bareForm(f);
                    if (i == 1) {
                        for (String g : imperfective(n)) {
                            lex.add(g, new Entry(type, new String[0], true, true, false, cond, next));
                        }
                    } else {
                        for (String g : past(n)) {
                            lex.add(g, new Entry(type, new String[0], true, false, false, cond, next));
                        }
                    }
                }
            } else if (pos.equals("n") || pos.equals("p")) {
                for (String f : forms) {
                    String[] words = f.strip().split("\\s+");
                    String[] rest = new String[words.length - 1];
                    for (int i = 1; i < words.length; i++) {
                        rest[i - 1] = Stems.bareForm(words[i]);
                    }
                    lex.add(Stems.bareForm(words[0]), new Entry(type, rest, false, false, pos.equals("p"), cond, next));
                }
            } else {
                throw new IllegalStateException(resource + ": pos must be v, n or p: " + String.join("\t", row));
            }
        }
        return lex;
    }

    private void add(String form, Entry e) {
        List<Entry> l = byFirst.computeIfAbsent(form, k -> new ArrayList<>());
        // A form keeps one reading per phrase shape and condition; the first row listed wins.
        for (Entry x : l) {
            if (java.util.Arrays.equals(x.rest(), e.rest()) && java.util.Objects.equals(x.condition(), e.condition())
                    && x.next().equals(e.next())) {
                return;
            }
        }
        l.add(e);
        // Longer phrases first so that the longest match is tried first.
        l.sort((a, b) -> Integer.compare(b.rest().length, a.rest().length));
    }

    /** The readings of a bare form (phrases first), or an empty list. */
    public List<Entry> lookup(String bare) {
        return byFirst.getOrDefault(bare, List.of());
    }

    public int size() {
        return byFirst.size();
    }

    /** Past-tense persons of a 3ms stem: 3fs/1s ت, plural وا, dual ا/تا, 1pl نا, 2pl تم, 3fpl ن. */
    static List<String> past(String p) {
        List<String> out = new ArrayList<>(List.of(p, p + "ت", p + "وا", p + "ا", p + "تا", p + "نا", p + "تم", p + "ن"));
        char last = p.charAt(p.length() - 1);
        if (last == 'ي' || last == 'ا') {
            // Defective verbs drop the final weak letter: التقى → التقت, التقوا.
            String b = p.substring(0, p.length() - 1);
            out.addAll(List.of(b + "ت", b + "وا", b + "تا", b + "يا"));
        }
        return out;
    }

    /** Imperfective persons of a 3ms form starting with ي: prefixes ي ت ن, plural/dual endings. */
    static List<String> imperfective(String i) {
        String body = i.startsWith("ي") ? i.substring(1) : i;
        List<String> out = new ArrayList<>();
        // No 1sg ا- prefix: news text rarely uses it and it collides with past stems (امد, اسس).
        for (String pre : new String[] {"ي", "ت", "ن"}) {
            String f = pre + body;
            out.addAll(List.of(f, f + "ون", f + "ان", f + "وا", f + "ا", f + "ين"));
            if (body.endsWith("ي")) {
                String b = pre + body.substring(0, body.length() - 1);
                out.addAll(List.of(b + "ون", b + "وا", b + "ين"));
            }
        }
        out.add("ي" + body + "ن");
        return out;
    }
}
