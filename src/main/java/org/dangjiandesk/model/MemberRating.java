package org.dangjiandesk.model;

import java.math.BigDecimal;

/**
 * A member's stored result for one quarter, counted under the assessed branch ({@code orgId}; members of its
 * 党小组 included): dimension points summed ({@code base}), ledger points after caps
 * ({@code ledger}: bonus minus deduction), total, and star (null when exempt or not fully scored).
 */
public record MemberRating(long memberId, long orgId, Quarter quarter, boolean exempt, BigDecimal base,
                           BigDecimal ledger, BigDecimal total, StarLevel star) {
}
