package org.dangjiandesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One day of a session and the hours it counts (a session spanning New Year counts each day in its own year). */
public record TrainingDay(LocalDate date, BigDecimal hours) {
    public TrainingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
    }
}
