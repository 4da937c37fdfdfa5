package org.dangjiandesk.model;

import java.math.BigDecimal;

/**
 * A current member with the training hours attended in a period, and what decides the norm that applies
 * (党内职务 and the frail exemption). Computed by the database in one aggregation.
 */
public record MemberHours(long memberId, String name, long orgId, String partyPost, boolean frailExempt,
                          BigDecimal hours) {
}
