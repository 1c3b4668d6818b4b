package org.isnad.corpus.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanHtmlTest {
    @Test
    void nestedSpans() {
        assertEquals("<s>a<a>b</a>c</s>d", SpanHtml.render("abcd", List.of(new SpanHtml.Span(0, 3, "s", "", 0),
                new SpanHtml.Span(1, 2, "a", "", 1))));
    }

    @Test
    void overlappingSpansAreClosedAndReopened() {
        // [0,3) and [2,5): the second is cut where the first closes
        assertEquals("a<x>b<y>c</y></x><y>de</y>", SpanHtml.render("abcde", List.of(new SpanHtml.Span(1, 3, "x", "", 0),
                new SpanHtml.Span(2, 5, "y", "", 0))));
    }

    @Test
    void sameExtentOrderedByRankAndTextEscaped() {
        assertEquals("<o k=\"1\"><i>&lt;&amp;&gt;</i></o>", SpanHtml.render("<&>", List.of(new SpanHtml.Span(0, 3, "i", "", 2),
                new SpanHtml.Span(0, 3, "o", "k=\"1\"", 1))));
    }

    @Test
    void invalidSpansDropped() {
        assertEquals("ab", SpanHtml.render("ab", List.of(new SpanHtml.Span(1, 1, "e", "", 0), new SpanHtml.Span(1, 9, "o", "", 0))));
    }
}
