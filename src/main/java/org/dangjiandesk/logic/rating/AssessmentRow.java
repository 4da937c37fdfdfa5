package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import java.util.Map;
import org.dangjiandesk.model.RatedMember;

/** One member's line of an assessment as opened: typed points, exemption, and the quarter's approved ledger. */
public record AssessmentRow(RatedMember member, Map<String, BigDecimal> points, boolean exempt, LedgerPoints ledger) {
    public AssessmentRow {
        points = Map.copyOf(points);
    }
}
