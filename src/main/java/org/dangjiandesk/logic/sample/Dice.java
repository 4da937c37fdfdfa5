package org.dangjiandesk.logic.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/** The one source of randomness of a sample run: seeded, so the same seed always gives the same street. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min >= max ? min : random.nextInt(min, max + 1);
    }

    /** A number from {@code min} (included) to {@code max} (excluded). */
    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One character of a string of candidates. */
    char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
    LocalDate dayBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** {@code count} random decimal digits. */
    String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
