package org.isnad.corpus.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.isnad.corpus.store.ArabicFold;

/**
 * Stable article ids, so that re-ingesting the same input finds the same ids and adds nothing:
 * the input's own id when it gives one, else {@code u} + 16 hex digits of the SHA-256 of the
 * canonical URL (scheme and host lower-cased, fragment dropped), else {@code h} + 16 hex digits of
 * the SHA-256 of the normalised text ({@link #textKey}). Thread-safe.
 */
public final class ArticleIds {
    private ArticleIds() {}

    public static String of(String givenId, String url, String text) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return "u" + hex16(canonicalUrl(url));
        }
        return "h" + hex16(textKey(text));
    }

    /**
     * The text as dedup compares it: normalised as the text layer does ({@link ArabicFold}), lower
     * case, white space collapsed to single spaces.
     */
    public static String textKey(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f = ArabicFold.of(c);
            if (f == null) {
                append(sb, c, space);
                space = sb.length() > 0 && Character.isWhitespace(c);
            } else {
                for (int j = 0; j < f.length(); j++) {
                    append(sb, f.charAt(j), space);
                    space = sb.length() > 0 && Character.isWhitespace(f.charAt(j));
                }
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    private static void append(StringBuilder sb, char c, boolean afterSpace) {
        if (Character.isWhitespace(c)) {
            if (!afterSpace && sb.length() > 0) {
                sb.append(' ');
            }
        } else if (c < 0x80) {
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else if (c >= 0x0600 && c <= 0x06FF) {
            sb.append(c); // Arabic has no case
        } else {
            sb.append(Character.toLowerCase(c));
        }
    }

    static String canonicalUrl(String url) {
        String u = url.strip();
        try {
            URI uri = URI.create(u.replace(" ", "%20"));
            if (uri.getScheme() != null && uri.getHost() != null) {
                String rest = uri.getRawPath() == null ? "" : uri.getRawPath();
                if (uri.getRawQuery() != null) {
                    rest += "?" + uri.getRawQuery();
                }
                String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
                return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + rest;
            }
        } catch (IllegalArgumentException e) {
            // not a parseable URI (raw Arabic path, spaces): fall through to the plain form
        }
        int hash = u.indexOf('#');
        return hash >= 0 ? u.substring(0, hash) : u;
    }

    static String hex16(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
