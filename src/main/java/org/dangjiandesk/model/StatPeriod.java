package org.dangjiandesk.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics period the street reports upward: a quarter ({@code 2026Q3}), a half-year ({@code 2026H1}) or a
 * calendar year ({@code 2026}). {@code number} is the quarter (1–4), the half (1–2), or 1 for a year.
 */
public record StatPeriod(PeriodKind kind, int year, int number) implements Comparable<StatPeriod> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:\\s*([QqHh])\\s*([1-4]))?");

    public StatPeriod {
        int max = switch (kind) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException("no such " + kind + ": " + number);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** Parses {@code 2026Q3}, {@code 2026H1} or {@code 2026} (case and spaces do not matter). */
    public static StatPeriod parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period (like 2026Q3, 2026H1 or 2026): " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new StatPeriod(PeriodKind.YEAR, year, 1);
        }
        PeriodKind kind = m.group(2).equalsIgnoreCase("Q") ? PeriodKind.QUARTER : PeriodKind.HALF_YEAR;
        return new StatPeriod(kind, year, Integer.parseInt(m.group(3)));
    }

    public static StatPeriod quarter(int year, int quarter) {
        return new StatPeriod(PeriodKind.QUARTER, year, quarter);
    }

    public static StatPeriod year(int year) {
        return new StatPeriod(PeriodKind.YEAR, year, 1);
    }

    /** The quarter a day falls in. */
    public static StatPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case HALF_YEAR -> LocalDate.of(year, (number - 1) * 6 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate lastDay() {
        int months = switch (kind) {
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
        return firstDay().plusMonths(months).minusDays(1);
    }

    /** The last quarter of the period (the quarter whose star ratings a period report shows). */
    public Quarter lastQuarter() {
        return Quarter.of(lastDay());
    }

    /** The quarter before this period's first quarter (the last ended quarter, seen from a day in this one). */
    public StatPeriod previousQuarter() {
        return quarterOf(firstDay().minusDays(1));
    }

    /** The period of the same kind just before this one. */
    public StatPeriod previous() {
        if (kind == PeriodKind.YEAR || number == 1) {
            int last = switch (kind) {
                case QUARTER -> 4;
                case HALF_YEAR -> 2;
                case YEAR -> 1;
            };
            return new StatPeriod(kind, year - 1, last);
        }
        return new StatPeriod(kind, year, number - 1);
    }

    @Override
    public int compareTo(StatPeriod o) {
        int byEnd = lastDay().compareTo(o.lastDay());
        return byEnd != 0 ? byEnd : o.firstDay().compareTo(firstDay());
    }

    /** {@code 2026Q3}, {@code 2026H1}, {@code 2026}: the stored and command-line form. */
    @Override
    public String toString() {
        return switch (kind) {
            case QUARTER -> year + "Q" + number;
            case HALF_YEAR -> year + "H" + number;
            case YEAR -> Integer.toString(year);
        };
    }
}
