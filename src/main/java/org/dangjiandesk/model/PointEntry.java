package org.dangjiandesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a member's points ledger (积分台账). Only approved entries count; negative points are deductions.
 * {@code id} is null before the first save; {@code approvedBy} null while pending.
 */
public record PointEntry(Long id, long memberId, LocalDate date, PointCategory category, BigDecimal points,
                         String note, String enteredBy, String approvedBy) {

    public boolean isApproved() {
        return approvedBy != null && !approvedBy.isBlank();
    }

    public PointEntry approvedBy(String approver) {
        return new PointEntry(id, memberId, date, category, points, note, enteredBy, approver);
    }
}
