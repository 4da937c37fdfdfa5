package org.dangjiandesk.logic.training;

import java.math.BigDecimal;

/** A member's training hours in a year against the norm that applies; {@code gap} is 0 once the norm is met. */
public record MemberStanding(long memberId, String name, long orgId, String partyPost, NormKind kind,
                             BigDecimal norm, BigDecimal hours) {

    public BigDecimal gap() {
        return norm.subtract(hours).max(BigDecimal.ZERO);
    }

    public boolean meetsNorm() {
        return gap().signum() == 0;
    }
}
