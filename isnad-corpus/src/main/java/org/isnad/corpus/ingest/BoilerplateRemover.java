package org.isnad.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a news page: the page is cut into text blocks at block-level elements,
 * each block is scored by its length, link density and function-word density, and blocks are
 * classified good, near-good, short or bad; near-good and short blocks are then decided by their
 * neighbours (a short heading between two good paragraphs belongs to the article, a near-good
 * line beside menus does not). Returns the good blocks in page order, one per line, or an empty
 * string when nothing looks like article text. Thread-safe (stateless).
 */
public final class BoilerplateRemover {
    /** Elements that never hold article text. */
    private static final String NEVER = "script, style, noscript, template, iframe, svg, canvas, form, nav, aside, "
            + "button, select, input, textarea, footer, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "tr", "table", "blockquote", "pre", "section", "article", "main", "header", "dd", "dt", "dl",
            "figure", "figcaption", "br", "hr", "body", "address", "center");
    /** Arabic (normalised spelling) and English function words: running prose is dense in them, menus are not. */
    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "علي", "على", "الي", "إلى", "إلي", "ان", "أن",
            "إن", "عن", "مع", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "كان", "كانت", "قد", "لم", "لا", "ما", "او",
            "أو", "ثم", "بعد", "قبل", "حيث", "كما", "وقال", "قال", "وفي", "بين", "عند", "منذ", "خلال", "the", "of", "and",
            "to", "in", "a", "is", "that", "for", "on", "was", "with", "by", "as", "said");
    private static final String[] BAD_PHRASES = {"©", "جميع الحقوق محفوظة", "حقوق النشر", "all rights reserved",
            "اشترك في النشرة", "تابعونا على", "cookie"};

    private enum Kind { GOOD, NEAR, SHORT, BAD }

    private record Block(String text, int words, double linkDensity, double functionDensity, boolean heading) {}

    /** The main text of {@code root} (a page's body or the whole document); {@code root} is modified. */
    public String extract(Element root) {
        root.select(NEVER).remove();
        List<Block> blocks = blocks(root);
        Kind[] kinds = new Kind[blocks.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = classify(blocks.get(i));
        }
        Kind[] decided = kinds.clone();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Kind.NEAR) {
                decided[i] = neighbour(kinds, i, -1) == Kind.GOOD || neighbour(kinds, i, 1) == Kind.GOOD ? Kind.GOOD : Kind.BAD;
            }
        }
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Kind.SHORT) {
                Kind prev = neighbour(decided, i, -1);
                Kind next = neighbour(decided, i, 1);
                // headings introduce what follows; other short lines must sit inside the article
                boolean keep = blocks.get(i).heading() ? next == Kind.GOOD : prev == Kind.GOOD && next == Kind.GOOD;
                decided[i] = keep ? Kind.GOOD : Kind.BAD;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < decided.length; i++) {
            if (decided[i] == Kind.GOOD) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(blocks.get(i).text());
            }
        }
        if (sb.length() == 0) {
            // no block reaches the "good" bar (a page of one short item): take the longest prose-like block
            Block best = null;
            for (Block b : blocks) {
                if (b.linkDensity() < 0.5 && b.words() >= 10 && (best == null || b.words() > best.words())) {
                    best = b;
                }
            }
            return best == null ? "" : best.text();
        }
        return sb.toString();
    }

    private static Kind neighbour(Kind[] kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.SHORT) {
                return kinds[j];
            }
        }
        return Kind.BAD;
    }

    private static Kind classify(Block b) {
        String lower = b.text().toLowerCase(java.util.Locale.ROOT);
        for (String p : BAD_PHRASES) {
            if (lower.contains(p) && b.words() < 40) {
                return Kind.BAD;
            }
        }
        if (b.linkDensity() > 0.33) {
            return Kind.BAD;
        }
        if (b.words() < 10) {
            return Kind.SHORT;
        }
        if (b.words() >= 25 && b.linkDensity() <= 0.2 && (b.functionDensity() >= 0.05 || b.words() >= 60)) {
            return Kind.GOOD;
        }
        return b.functionDensity() >= 0.05 ? Kind.NEAR : Kind.BAD;
    }

    private static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] linkDepth = {0};
        boolean[] heading = {false};
        Runnable flush = () -> {
            String t = collapse(text);
            if (!t.isEmpty()) {
                out.add(block(t, Math.min(1.0, linkChars[0] / (double) t.length()), heading[0]));
            }
            text.setLength(0);
            linkChars[0] = 0;
            heading[0] = false;
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    String t = tn.text();
                    text.append(t);
                    if (linkDepth[0] > 0) {
                        linkChars[0] += t.strip().length();
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) {
                        flush.run();
                    }
                    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                        heading[0] = true;
                    }
                    if (tag.equals("a")) {
                        linkDepth[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        linkDepth[0]--;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush.run();
                    }
                }
            }
        }, root);
        flush.run();
        return out;
    }

    private static Block block(String t, double linkDensity, boolean heading) {
        int words = 0;
        int function = 0;
        for (String w : t.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                function++;
            }
        }
        return new Block(t, words, linkDensity, words == 0 ? 0 : function / (double) words, heading);
    }

    private static String collapse(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
