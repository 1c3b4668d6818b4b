package org.isnad.corpus.store;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Date filters as users type them: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}. */
public final class DateBound {
    private DateBound() {}

    /**
     * The first day ({@code end == false}) or last day ({@code end == true}) that {@code s} names;
     * null for a blank value.
     *
     * @throws IllegalArgumentException when {@code s} is no such date, with a message saying the forms
     */
    public static LocalDate parse(String s, boolean end) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)), 1);
                return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            }
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + s + " (yyyy, yyyy-mm or yyyy-mm-dd)");
        }
    }
}
