package org.dangjiandesk.logic.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.model.TrainingDay;

/** Builds the days of a session held on consecutive days with the same hours each day. */
public final class SessionDays {
    /** A session longer than this is a typing error (a two-week 书记培训班 is the longest seen). */
    public static final int MAX_DAYS = 31;

    private SessionDays() {
    }

    public static List<TrainingDay> consecutive(LocalDate first, LocalDate last, BigDecimal hoursPerDay) {
        if (first == null) {
            throw new TrainingException("training.error.noDate");
        }
        LocalDate end = last == null ? first : last;
        if (end.isBefore(first)) {
            throw new TrainingException("training.error.endBeforeStart");
        }
        long n = ChronoUnit.DAYS.between(first, end) + 1;
        if (n > MAX_DAYS) {
            throw new TrainingException("training.error.tooManyDays", MAX_DAYS);
        }
        List<TrainingDay> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(end); d = d.plusDays(1)) {
            days.add(new TrainingDay(d, hoursPerDay));
        }
        return days;
    }
}
