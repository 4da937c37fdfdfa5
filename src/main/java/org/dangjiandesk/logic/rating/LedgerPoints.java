package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.PointEntry;

/** A member's approved ledger points in one quarter, summed per category: positives and negatives apart. */
public record LedgerPoints(Map<PointCategory, BigDecimal> positive, BigDecimal negative) {
    public static final LedgerPoints NONE = new LedgerPoints(Map.of(), BigDecimal.ZERO);

    public LedgerPoints {
        positive = Map.copyOf(positive);
    }

    /** Sums the approved entries (pending ones do not count). */
    public static LedgerPoints of(Collection<PointEntry> entries) {
        Map<PointCategory, BigDecimal> pos = new EnumMap<>(PointCategory.class);
        BigDecimal neg = BigDecimal.ZERO;
        for (PointEntry e : entries) {
            if (!e.isApproved()) {
                continue;
            }
            if (e.points().signum() >= 0) {
                pos.merge(e.category(), e.points(), BigDecimal::add);
            } else {
                neg = neg.add(e.points().negate());
            }
        }
        return new LedgerPoints(pos, neg);
    }
}
