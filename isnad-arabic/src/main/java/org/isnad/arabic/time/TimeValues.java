package org.isnad.arabic.time;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/** TIMEX3 value formatting and resolution against the article date. Stateless. */
final class TimeValues {

    private TimeValues() {}

    /** Duration value for {@code n} units ({@code n < 0} = unspecified, "X"). */
    static String duration(String unit, long n) {
        String q = n < 0 ? "X" : Long.toString(n);
        return switch (unit) {
            case "H" -> "PT" + q + "H";
            case "MIN" -> "PT" + q + "M";
            case "S" -> "PT" + q + "S";
            case "DE" -> "P" + q + "DE";
            case "CE" -> "P" + q + "CE";
            default -> "P" + q + unit;
        };
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    /** The calendar period {@code offset} units of {@code unit} (W, M, Y) away from {@code ref}. */
    static String period(LocalDate ref, char unit, int offset) {
        return switch (unit) {
            case 'W' -> week(ref.plusWeeks(offset));
            case 'M' -> { LocalDate d = ref.plusMonths(offset); yield month(d.getYear(), d.getMonthValue()); }
            case 'E' -> Integer.toString(ref.getYear() / 10 + offset);
            case 'C' -> century(ref.getYear() / 100 + 1 + offset);
            default -> Integer.toString(ref.getYear() + offset);
        };
    }

    /** TIMEX value of the {@code ordinal}-th century: the 20th century is "19" (the 1900s). */
    static String century(int ordinal) {
        return String.format("%02d", ordinal - 1);
    }

    static String unresolvedPeriod(char unit, int offset) {
        if (unit == 'E' || unit == 'C') { // no LAST_DECADE in the project vocabulary: the REF values
            return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
        }
        String p = offset < 0 ? "LAST_" : offset > 0 ? "NEXT_" : "THIS_";
        return p + switch (unit) { case 'W' -> "WEEK"; case 'M' -> "MONTH"; default -> "YEAR"; };
    }

    /**
     * The date {@code n} units before {@code ref}, at the granularity of the unit ("منذ 6 سنوات" ->
     * the year); hours and smaller give the day.
     */
    static String ago(LocalDate ref, String unit, long n) {
        return switch (unit) {
            case "Y" -> Long.toString(ref.getYear() - n);
            case "DE" -> Long.toString(ref.getYear() - 10 * n);
            case "CE" -> Long.toString(ref.getYear() - 100 * n);
            case "M" -> { LocalDate d = ref.minusMonths(n); yield month(d.getYear(), d.getMonthValue()); }
            case "W" -> week(ref.minusWeeks(n));
            case "D" -> ref.minusDays(n).toString();
            case "H" -> ref.minusDays(n / 24).toString();
            default -> ref.toString();
        };
    }

    /**
     * The weekday {@code iso} relative to {@code ref}: {@code dir} 0 = the nearest on or before it,
     * -1 = strictly before, +1 = strictly after.
     */
    static LocalDate weekday(LocalDate ref, int iso, int dir) {
        int cur = ref.getDayOfWeek().getValue();
        if (dir > 0) {
            int d = (iso - cur + 7) % 7;
            return ref.plusDays(d == 0 ? 7 : d);
        }
        int d = (cur - iso + 7) % 7;
        if (dir < 0 && d == 0) {
            d = 7;
        }
        return ref.minusDays(d);
    }

    static String unresolvedWeekday(int iso) {
        return "XXXX-WXX-" + iso;
    }

    /** The year a month name refers to: {@code dir} -1 = its last occurrence before ref, +1 next, 0 ref's year. */
    static int yearOfMonth(LocalDate ref, int month, int dir) {
        int y = ref.getYear();
        if (dir < 0 && month >= ref.getMonthValue()) {
            return y - 1;
        }
        if (dir > 0 && month <= ref.getMonthValue()) {
            return y + 1;
        }
        return y;
    }

    /**
     * The year of a season around {@code middleMonth}: "الصيف الماضي" said during or just after the
     * summer is the previous year's.
     */
    static int yearOfSeason(LocalDate ref, int middleMonth, int dir) {
        int y = ref.getYear();
        int m = ref.getMonthValue();
        if (dir < 0) {
            return m <= middleMonth + 1 ? y - 1 : y;
        }
        if (dir > 0) {
            return m >= middleMonth - 1 ? y + 1 : y;
        }
        return y;
    }

    /** The Gregorian date of a Umm al-Qura Hijri date, or null when out of range. */
    static LocalDate hijri(int year, int month, int day) {
        if (year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.clear();
        c.set(IslamicCalendar.EXTENDED_YEAR, year);
        c.set(IslamicCalendar.MONTH, month - 1);
        c.set(IslamicCalendar.DAY_OF_MONTH, day);
        return Instant.ofEpochMilli(c.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The Gregorian date of Hijri day/month in the Hijri year (of three around ref's) nearest to {@code ref}. */
    static LocalDate nearestHijri(LocalDate ref, int month, int day) {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.setTimeInMillis(ref.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        int hy = c.get(IslamicCalendar.EXTENDED_YEAR);
        LocalDate best = null;
        for (int y = hy - 1; y <= hy + 1; y++) {
            LocalDate g = hijri(y, month, day);
            if (g != null && (best == null || Math.abs(g.toEpochDay() - ref.toEpochDay())
                    < Math.abs(best.toEpochDay() - ref.toEpochDay()))) {
                best = g;
            }
        }
        return best;
    }

    static boolean validDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return false;
        }
        return d <= LocalDate.of(y, m, 1).lengthOfMonth();
    }
}
