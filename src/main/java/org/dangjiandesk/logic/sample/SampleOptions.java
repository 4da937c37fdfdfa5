package org.dangjiandesk.logic.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the number of current members, the seed, and the day the sample is "as of" (all dates lie
 * before it). The same three values always give the same street.
 */
public record SampleOptions(int members, long seed, LocalDate referenceDate) {
    public static final int DEFAULT_MEMBERS = 5_000;
    /** The demo street's seed: the year the Party was founded. */
    public static final long DEFAULT_SEED = 1921L;
    public static final int MAX_MEMBERS = 1_000_000;

    public SampleOptions {
        if (members < 1 || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("members must be 1.." + MAX_MEMBERS + ": " + members);
        }
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /** The demo street of the first-start dialog: 5,000 members, the fixed seed. */
    public static SampleOptions demo(LocalDate referenceDate) {
        return new SampleOptions(DEFAULT_MEMBERS, DEFAULT_SEED, referenceDate);
    }
}
