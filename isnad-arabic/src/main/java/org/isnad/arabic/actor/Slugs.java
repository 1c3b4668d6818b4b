package org.isnad.arabic.actor;

import java.util.Locale;

/**
 * Stable ASCII slugs for ids: a simple letter-by-letter romanisation of normalised Arabic, so that
 * the same name gets the same id in every document and every build.
 */
public final class Slugs {
    private Slugs() {}

    private static final String[] AR = new String[0x0650];

    static {
        String pairs = "ء:,ا:a,ب:b,ت:t,ث:th,ج:j,ح:h,خ:kh,د:d,ذ:dh,ر:r,ز:z,س:s,ش:sh,ص:s,ض:d,ط:t,ظ:z,ع:,غ:gh,ف:f,"
                + "ق:q,ك:k,ل:l,م:m,ن:n,ه:h,و:w,ي:y,ئ:y,ؤ:w,ة:h,ى:y,أ:a,إ:a,آ:a";
        for (String p : pairs.split(",")) {
            String[] kv = p.split(":", -1);
            AR[kv[0].charAt(0)] = kv[1];
        }
    }

    /** Lower-case ASCII slug of a name in any script: letters romanised, other runs become one "_". */
    public static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String r = c < AR.length && AR[c] != null ? AR[c]
                    : (c < 128 && Character.isLetterOrDigit(c)) ? String.valueOf(c).toLowerCase(Locale.ROOT) : null;
            if (r == null) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
            } else {
                sb.append(r);
            }
        }
        int e = sb.length();
        while (e > 0 && sb.charAt(e - 1) == '_') {
            e--;
        }
        return sb.substring(0, e);
    }
}
