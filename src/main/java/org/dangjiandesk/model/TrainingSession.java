package org.dangjiandesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A training session (培训班次): what, who organised it, for whom, and its days with their hours. {@code id} is
 * null until saved; {@code version} guards against overwriting someone else's change.
 *
 * @param orgId the organising organisation (举办单位)
 * @param audienceOrgId the root of the subtree the audience is drawn from (null: the organiser's subtree)
 */
public record TrainingSession(
        Long id,
        int version,
        String title,
        TrainingType type,
        long orgId,
        TrainingAudience audience,
        Long audienceOrgId,
        String place,
        String lecturer,
        String notes,
        List<TrainingDay> days) {

    public TrainingSession {
        days = days == null ? List.of() : days.stream().sorted(Comparator.comparing(TrainingDay::date)).toList();
    }

    public LocalDate firstDay() {
        return days.isEmpty() ? null : days.get(0).date();
    }

    public LocalDate lastDay() {
        return days.isEmpty() ? null : days.get(days.size() - 1).date();
    }

    /** All hours of the session, whatever the year. */
    public BigDecimal totalHours() {
        return days.stream().map(TrainingDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The hours of the days that fall in a calendar year. */
    public BigDecimal hoursIn(int year) {
        return days.stream().filter(d -> d.date().getYear() == year).map(TrainingDay::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The organisation whose subtree the audience comes from. */
    public long audienceRoot() {
        return audienceOrgId != null ? audienceOrgId : orgId;
    }

    public TrainingSession withId(long newId, int newVersion) {
        return new TrainingSession(newId, newVersion, title, type, orgId, audience, audienceOrgId, place, lecturer,
                notes, days);
    }
}
