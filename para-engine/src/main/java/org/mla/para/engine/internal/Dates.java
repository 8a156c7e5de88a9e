package org.mla.para.engine.internal;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them in PARA's files: {@code yyyy-MM-dd}. A text in that form that
 * names no day (month 13, April 31) is told apart from a text in another form.
 */
public final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})");

    private Dates() {
    }

    /** The day {@code text} names, or {@code null} when it names none ({@link #problem} says why). */
    public static LocalDate parse(String text) {
        Matcher m = text == null ? null : ISO_DATE.matcher(text);
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group("year"));
        int month = Integer.parseInt(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        return MONTH_OF_YEAR.range().isValidValue(month) && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
                ? LocalDate.of(year, month, day) : null;
    }

    /**
     * Why {@code text} is not a date, as the rest of a message after the field's name, or
     * {@code null} when it is one: {@code must be a date as yyyy-MM-dd (was "12 March 2020")},
     * {@code 2027-13-01 is not a date (there is no month 13)}.
     *
     * @param shown the value as the message shows it, for a text not in the form ({@code "12 March"})
     */
    public static String problem(String text, String shown) {
        Matcher m = text == null ? null : ISO_DATE.matcher(text);
        if (m == null || !m.matches()) {
            return "must be a date as yyyy-MM-dd (was " + shown + ")";
        }
        int year = Integer.parseInt(m.group("year"));
        int month = Integer.parseInt(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (!MONTH_OF_YEAR.range().isValidValue(month)) {
            return text + " is not a date (there is no month " + month + ")";
        }
        Month named = Month.of(month);
        int days = named.length(Year.isLeap(year));
        if (!DAY_OF_MONTH.range().isValidValue(day)) {
            return text + " is not a date (there is no day " + day + ")";
        }
        if (day > days) {
            String name = named.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return text + " is not a date (" + (named == Month.FEBRUARY ? name + " " + year : name) + " has " + days + " days)";
        }
        return null;
    }
}
