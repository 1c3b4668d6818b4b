package org.isnad.core.model;

/**
 * A TIMEX3-style time expression.
 *
 * @param value    normalised value: {@code 2014}, {@code 2021-02-14}, {@code P6Y}, {@code PAST_REF} ...
 * @param anchored true where the value depends on the article's date ("العام الجاري", "منذ 6 سنوات")
 */
public record TimeExpression(Span span, TimeType type, String value, boolean anchored) {
    public TimeExpression {
        if (span == null || type == null || value == null || value.isEmpty()) {
            throw new IllegalArgumentException("time expression needs span, type and value");
        }
    }
}
