package org.dangjiandesk.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026Q3} (the period of a quarterly star assessment). */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[Qq]\\s*([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses {@code 2026Q3} (also {@code 2026q3}, {@code 2026 Q3}). */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter (like 2026Q3): " + text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    /** {@code 2026Q3}: the stored and command-line form. */
    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
