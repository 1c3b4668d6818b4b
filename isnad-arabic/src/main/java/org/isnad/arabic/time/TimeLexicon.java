package org.isnad.arabic.time;

import org.isnad.arabic.resource.Resources;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.text.ArabicNormalizer;
import org.isnad.core.model.TimeType;

/**
 * The time lexicons of {@code isnad/ar/time/*.tsv}, every form normalised with
 * {@link ArabicNormalizer#normalize} when loaded. Immutable after construction.
 */
final class TimeLexicon {

    /** Roles of function words, see {@code triggers.tsv}. */
    enum Role { AGO, CONTEXT, PREFIX, APPROX, ELAPSED, EVERY, YEAR_CTX, YEAR_NOUN, ERA_G, ERA_H, EDGE, DAY_NOUN,
        MONTH_NOUN, RELATIVE_TO, BACKWARD, GENERAL_HEAD, VAGUE, VAGUE_Q, NAME_HEAD,
        CENTURY_NOUN, CLOCK_NOUN, ONLY, RANGE, OF }

    record Month(boolean hijri, int number, boolean ambiguous) {}
    record Weekday(int iso, boolean ambiguous) {}
    /** count 0 = plural (unspecified number). */
    record Unit(String code, int count, boolean ambiguous) {}
    record Relative(TimeType type, char resolution, int offset, String unresolved, boolean anchored, boolean noun) {}
    record Adjective(int offset, boolean demonstrative) {}
    record Season(String code, int middleMonth, boolean ambiguous) {}

    private static final String BASE = "/isnad/ar/time/";

    final PhraseTrie<Month> months = new PhraseTrie<>();
    final Map<String, Weekday> weekdays = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    final PhraseTrie<Relative> relatives = new PhraseTrie<>();
    final Map<String, Character> calendarUnits = new HashMap<>();
    final Map<String, Adjective> adjectives = new HashMap<>();
    final PhraseTrie<String> sets = new PhraseTrie<>();
    /** Single-token roles. */
    final Map<String, Set<Role>> roles = new HashMap<>();
    /** Multi-token phrases by role (PREFIX, BACKWARD). */
    final Map<Role, PhraseTrie<Boolean>> rolePhrases = new HashMap<>();
    final Map<String, String> dayparts = new HashMap<>();
    final PhraseTrie<Integer> ordinals = new PhraseTrie<>();
    final Map<String, Integer> decades = new HashMap<>();
    final Map<String, Season> seasons = new HashMap<>();
    final Map<String, String> clock = new HashMap<>();
    /** Every form that can begin a time expression: a token outside it (and not a number) is skipped at once. */
    final Set<String> starters = new java.util.HashSet<>();
    /** {@link #starters} with every proclitic combination the annotator cuts (و ف, then ب ل ك; لل for ال). */
    final Set<String> startersWithClitics = new java.util.HashSet<>();

    TimeLexicon() {
        for (String[] r : read("months.tsv", 4)) {
            months.put(tokens(r[0]), new Month("H".equals(r[1]), Integer.parseInt(r[2]), "1".equals(r[3])));
        }
        for (String[] r : read("weekdays.tsv", 3)) {
            weekdays.put(norm(r[0]), new Weekday(Integer.parseInt(r[1]), "1".equals(r[2])));
        }
        for (String[] r : read("units.tsv", 4)) {
            units.put(norm(r[0]), new Unit(r[1], "X".equals(r[2]) ? 0 : Integer.parseInt(r[2]), "1".equals(r[3])));
        }
        for (String[] r : read("relative.tsv", 6)) {
            char res = r[2].equals("-") ? '-' : r[2].charAt(0);
            int off = res == '-' ? 0 : Integer.parseInt(r[2].substring(1));
            relatives.put(tokens(r[0]), new Relative(TimeType.valueOf(r[1]), res, off, r[3], "1".equals(r[4]),
                    r.length > 5 && "1".equals(r[5])));
        }
        for (String[] r : read("calendar_units.tsv", 2)) {
            calendarUnits.put(norm(r[0]), r[1].charAt(0));
        }
        for (String[] r : read("relative_adjectives.tsv", 3)) {
            adjectives.put(norm(r[0]), new Adjective(Integer.parseInt(r[1]), "DEM".equals(r[2])));
        }
        for (String[] r : read("sets.tsv", 2)) {
            sets.put(tokens(r[0]), r[1]);
        }
        for (String[] r : read("triggers.tsv", 2)) {
            Role role = Role.valueOf(r[1]);
            String[] t = tokens(r[0]);
            if (t.length == 1) {
                roles.computeIfAbsent(t[0], k -> EnumSet.noneOf(Role.class)).add(role);
            } else {
                rolePhrases.computeIfAbsent(role, k -> new PhraseTrie<>()).put(t, Boolean.TRUE);
            }
        }
        for (String[] r : read("dayparts.tsv", 2)) {
            dayparts.put(norm(r[0]), r[1]);
        }
        for (String[] r : read("ordinals.tsv", 2)) {
            ordinals.put(tokens(r[0]), Integer.parseInt(r[1]));
        }
        for (String[] r : read("decades.tsv", 2)) {
            decades.put(norm(r[0]), Integer.parseInt(r[1]));
        }
        for (String[] r : read("seasons.tsv", 4)) {
            seasons.put(norm(r[0]), new Season(r[1], Integer.parseInt(r[2]), "1".equals(r[3])));
        }
        for (String[] r : read("clock.tsv", 2)) {
            clock.put(norm(r[0]), r[1]);
        }
        starters.addAll(months.firstTokens());
        starters.addAll(decades.keySet());
        starters.addAll(ordinals.firstTokens());
        starters.addAll(seasons.keySet());
        starters.addAll(weekdays.keySet());
        starters.addAll(units.keySet());
        units.keySet().forEach(u -> starters.add("\u0627\u0644" + u)); // definite plural periods ("الأيام الماضية")
        starters.addAll(relatives.firstTokens());
        starters.addAll(calendarUnits.keySet());
        starters.addAll(sets.firstTokens());
        starters.addAll(dayparts.keySet());
        adjectives.forEach((k, v) -> { if (v.demonstrative()) starters.add(k); });
        Set<Role> opening = EnumSet.of(Role.AGO, Role.PREFIX, Role.YEAR_NOUN, Role.EDGE, Role.DAY_NOUN,
                Role.MONTH_NOUN, Role.EVERY, Role.VAGUE_Q, Role.CENTURY_NOUN, Role.CLOCK_NOUN);
        roles.forEach((k, v) -> { if (v.stream().anyMatch(opening::contains)) starters.add(k); });
        rolePhrases.forEach((r, t) -> { if (opening.contains(r)) starters.addAll(t.firstTokens()); });
        String[] conj = {"", "\u0648", "\u0641"}; // "", و, ف
        String[] prep = {"", "\u0628", "\u0644", "\u0643"}; // "", ب, ل, ك
        for (String st : starters) {
            for (String c : conj) {
                for (String p : prep) {
                    startersWithClitics.add(c + p + st);
                }
                if (st.startsWith("\u0627\u0644")) { // ال -> لل
                    startersWithClitics.add(c + "\u0644" + st.substring(1));
                }
            }
        }
    }

    boolean has(String form, Role role) {
        Set<Role> s = roles.get(form);
        return s != null && s.contains(role);
    }

    static String norm(String s) {
        return ArabicNormalizer.normalize(s.strip());
    }

    private static String[] tokens(String phrase) {
        String[] parts = norm(phrase).split(" +");
        return parts;
    }

    /** Reads a TSV resource: '#' lines are comments, each row needs {@code columns} fields. */
    private static List<String[]> read(String name, int columns) {
        String path = BASE.substring(1) + name; // the shared reader takes names without the leading slash
        List<String[]> rows = Resources.rows(path);
        for (String[] f : rows) {
            if (f.length < columns) {
                throw new IllegalStateException(path + ": expected " + columns + " columns in row '"
                        + String.join("\t", f) + "'");
            }
        }
        return rows;
    }
}
