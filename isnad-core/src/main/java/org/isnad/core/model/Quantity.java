package org.isnad.core.model;

/**
 * A quantity: "٧ الى ٩ مليار دولار" = 7e9..9e9 USD.
 *
 * @param unit    ISO currency code, {@code count}, {@code fraction}, {@code percent}, a time unit
 *                ({@code hour}, {@code day}, {@code year} ...) or another measure unit
 * @param counted what is counted, in English, when unit is {@code count}; else null
 */
public record Quantity(Span span, double value, Double valueMax, String unit, boolean approx, String counted) {
    public Quantity {
        if (span == null || unit == null) {
            throw new IllegalArgumentException("quantity needs a span and a unit");
        }
        if (valueMax != null && valueMax < value) {
            throw new IllegalArgumentException("range max " + valueMax + " below min " + value);
        }
    }
}
