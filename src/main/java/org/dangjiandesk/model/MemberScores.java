package org.dangjiandesk.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The points a member was given in one quarter, per dimension code (a missing code is not scored yet), and
 * whether the member is exempt (not rated) this quarter.
 */
public record MemberScores(long memberId, Map<String, BigDecimal> points, boolean exempt) {
    public MemberScores {
        points = Map.copyOf(points);
    }
}
