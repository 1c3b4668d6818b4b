package org.isnad.corpus.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of an article from the forms inputs use: ISO dates and date-times
 * ({@code 2021-03-04}, {@code 2015-07-21 02:18:06}, {@code 2021-03-04T10:00:00Z}), RFC 1123
 * ({@code Thu, 04 Mar 2021 10:00:00 GMT}, RSS) and {@code 2021/03/04}. Only the calendar date is
 * kept. Unreadable values give null, never an exception.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private Dates() {}

    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
