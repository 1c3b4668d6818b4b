package org.isnad.arabic.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.resource.Resources;
import org.isnad.arabic.text.ArabicNormalizer;

/**
 * The context words of {@code cues.tsv} by role, shared by trigger detection and {@link EventArguments}, each
 * in the form it is matched in: polity ids as written; relative pronouns, subject pronouns and generic heads as
 * whole normalised tokens; example phrases as arrays of normalised tokens; all others as bare stems. An unknown
 * role fails the load. Read once in the constructor, never changed after: thread-safe.
 */
final class Cues {

    private static final Set<String> ROLES = Set.of("NEG", "NEG_VERB", "IRREALIS", "MAYBE", "LIGHT", "MOD", "PREP",
            "AGENT", "POLITY", "ANAPHOR", "GROUP", "RELATIVE", "HEAD", "LEAD", "PASSIVE", "SUBJ_PRON", "DO", "UNDERGO",
            "PATIENT", "EXAMPLE");
    // Kept whole: "الذي" and "ألوية" would lose a false article in bareForm.
    private static final Set<String> WHOLE = Set.of("RELATIVE", "SUBJ_PRON", "HEAD");

    private final Map<String, Set<String>> words = new HashMap<>();
    private final List<String[]> examples = new ArrayList<>();

    Cues(String path) {
        for (String[] row : Resources.rows(path)) {
            String role = row[0].strip();
            if (!ROLES.contains(role) || row.length < 2) {
                throw new IllegalStateException(path + ": unknown role in " + String.join("\t", row));
            }
            if (role.equals("EXAMPLE")) {
                examples.add(ArabicNormalizer.normalize(row[1].strip()).split("\\s+"));
                continue;
            }
            String form = role.equals("POLITY") ? row[1].strip()
                    : WHOLE.contains(role) ? ArabicNormalizer.normalize(row[1].strip()) : Stems.bareForm(row[1]);
            words.computeIfAbsent(role, r -> new HashSet<>()).add(form);
        }
    }

    /** The words of {@code role}, unmodifiable; empty when the file lists none. */
    Set<String> words(String role) {
        return Collections.unmodifiableSet(words.getOrDefault(role, Set.of()));
    }

    /** The example phrases in file order (the first that matches wins). */
    List<String[]> examples() {
        return Collections.unmodifiableList(examples);
    }
}
