package org.isnad.arabic.text;

import com.ibm.icu.text.Normalizer2;
import org.isnad.core.model.NormalizedText;

/**
 * Normalises Arabic text for matching while keeping a map back to the original offsets.
 *
 * <p>Contract, applied character by character (so every output character knows its source):
 * <ul>
 *   <li>removed: harakat and tanwin (U+064B–U+065F), superscript alef (U+0670), Quranic marks
 *       (U+06D6–U+06ED), tatweel (U+0640), zero-width and bidi controls, BOM, and a CR before LF;</li>
 *   <li>alef variants أ إ آ ٱ → ا; alef maqsura ى → ي; teh marbuta ة → ه (as Lucene's
 *       {@code ArabicNormalizer}: spelling varies between outlets);</li>
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → NFKC (a lam-alef ligature becomes two
 *       letters, both mapped to the one source character);</li>
 *   <li>Arabic-Indic and Persian digits → ASCII; ، ؛ ؟ ٪ ٫ ٬ → , ; ? % . ,;</li>
 *   <li>all double quotation marks (“ ” « » „ ″) → {@code "}, single ones (‘ ’ ‹ ›) → {@code '};
 *       dashes (– — ‒) → {@code -}; every space separator and tab → a space; CR alone → LF.</li>
 * </ul>
 * Latin letters are left as they are. Thread-safe: the tables are built once.
 */
public final class ArabicNormalizer {

    private static final char DROP = '\u0000';
    private static final char NFKC = '\uFFFF';
    private static final char[] MAP = buildMap();
    private static final Normalizer2 NFKC_NORMALIZER = Normalizer2.getNFKCInstance();

    private ArabicNormalizer() {}

    private static char[] buildMap() {
        char[] m = new char[0x10000];
        for (int c = 0; c < m.length; c++) {
            m[c] = (char) c;
        }
        m[0] = DROP;
        for (int c = 0x064B; c <= 0x065F; c++) {
            m[c] = DROP;
        }
        for (int c = 0x06D6; c <= 0x06ED; c++) {
            m[c] = DROP;
        }
        m[0x0670] = DROP;
        m[0x0640] = DROP;
        for (char c : new char[] {'\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF',
                '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u00AD'}) {
            m[c] = DROP;
        }
        for (char c : new char[] {'أ', 'إ', 'آ', 'ٱ', '\u0672', '\u0673'}) {
            m[c] = 'ا';
        }
        m['ى'] = 'ي';
        m['ة'] = 'ه';
        for (int i = 0; i < 10; i++) {
            m[0x0660 + i] = (char) ('0' + i);
            m[0x06F0 + i] = (char) ('0' + i);
        }
        m['،'] = ',';
        m['؛'] = ';';
        m['؟'] = '?';
        m['٪'] = '%';
        m['٫'] = '.';
        m['٬'] = ',';
        m['۔'] = '.';
        for (char c : new char[] {'“', '”', '«', '»', '„', '″', '‟'}) {
            m[c] = '"';
        }
        for (char c : new char[] {'‘', '’', '‹', '›', '‚', '‛'}) {
            m[c] = '\'';
        }
        for (char c : new char[] {'–', '—', '‒', '―', '\u2212'}) {
            m[c] = '-';
        }
        for (int c = 0; c < m.length; c++) {
            if (c == '\t' || (Character.getType(c) == Character.SPACE_SEPARATOR)) {
                m[c] = ' ';
            }
        }
        m['\r'] = '\n';
        for (int c = 0xFB50; c <= 0xFDFF; c++) {
            m[c] = NFKC;
        }
        for (int c = 0xFE70; c <= 0xFEFE; c++) {
            m[c] = NFKC;
        }
        return m;
    }

    /** Normalises one string form (a lexicon entry, a query) without keeping offsets. */
    public static String normalize(CharSequence s) {
        return normalizeWithOffsets(s.toString()).text();
    }

    /** Normalises {@code original} and records where each output character came from. */
    public static NormalizedText normalizeWithOffsets(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] srcStart = new int[n + 8];
        int[] srcEnd = new int[n + 8];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            char r = MAP[c];
            if (r == DROP) {
                continue;
            }
            if (c == '\r' && i + 1 < n && original.charAt(i + 1) == '\n') {
                continue;
            }
            if (r == NFKC) {
                String expanded = remap(NFKC_NORMALIZER.normalize(String.valueOf(c)));
                for (int j = 0; j < expanded.length(); j++) {
                    if (k == srcStart.length) {
                        srcStart = grow(srcStart);
                        srcEnd = grow(srcEnd);
                    }
                    out.append(expanded.charAt(j));
                    srcStart[k] = i;
                    srcEnd[k] = i + 1;
                    k++;
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                // Keep a supplementary character whole: both halves map to the pair.
                if (k + 2 > srcStart.length) {
                    srcStart = grow(srcStart);
                    srcEnd = grow(srcEnd);
                }
                out.append(c).append(original.charAt(i + 1));
                srcStart[k] = i;
                srcEnd[k] = i + 2;
                srcStart[k + 1] = i;
                srcEnd[k + 1] = i + 2;
                k += 2;
                i++;
                continue;
            }
            if (k == srcStart.length) {
                srcStart = grow(srcStart);
                srcEnd = grow(srcEnd);
            }
            out.append(r);
            srcStart[k] = i;
            srcEnd[k] = i + 1;
            k++;
        }
        return new NormalizedText(out.toString(), java.util.Arrays.copyOf(srcStart, k),
                java.util.Arrays.copyOf(srcEnd, k), n);
    }

    /** Applies the character map to NFKC output (which may itself contain alef variants). */
    private static String remap(String expanded) {
        StringBuilder sb = new StringBuilder(expanded.length());
        for (int j = 0; j < expanded.length(); j++) {
            char r = MAP[expanded.charAt(j)];
            if (r != DROP && r != NFKC) {
                sb.append(r);
            }
        }
        return sb.toString();
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 8);
    }

    /** Whether {@code c} is an Arabic letter after normalisation (U+0621–U+064A and the extended letters). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5';
    }
}
