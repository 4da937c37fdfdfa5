package org.dangjiandesk.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An office's scoring scheme for one year (党员星级评定方案). Dimensions are scored per quarter; approved ledger
 * points add bonus within the per-category caps and the total bonus cap, negative points deduct up to the
 * deduction cap; the total maps to stars through the ranges. {@code id} is null before the first save.
 *
 * @param bonusCaps      per category, the most positive points one quarter can use
 * @param bonusCap       the most bonus points in a quarter over all categories
 * @param deductionCap   the most points a quarter's deductions can take away (a positive number)
 * @param exemptFrail    members flagged 年老体弱 are not rated
 */
public record RatingScheme(
        Long id,
        int year,
        String name,
        List<RatingDimension> dimensions,
        Map<PointCategory, BigDecimal> bonusCaps,
        BigDecimal bonusCap,
        BigDecimal deductionCap,
        List<StarRange> ranges,
        List<QuotaCap> quotas,
        boolean exemptFrail,
        List<AppraisalRule> appraisalRules) {

    public RatingScheme {
        dimensions = List.copyOf(dimensions);
        bonusCaps = Map.copyOf(bonusCaps);
        ranges = List.copyOf(ranges);
        quotas = List.copyOf(quotas);
        appraisalRules = List.copyOf(appraisalRules);
    }

    public int maxBasePoints() {
        return dimensions.stream().mapToInt(RatingDimension::maxPoints).sum();
    }

    public Optional<AppraisalRule> appraisalRule(AppraisalGrade grade) {
        return appraisalRules.stream().filter(r -> r.grade() == grade).findFirst();
    }

    public RatingScheme withId(Long newId) {
        return new RatingScheme(newId, year, name, dimensions, bonusCaps, bonusCap, deductionCap, ranges, quotas,
                exemptFrail, appraisalRules);
    }

    /** A copy for another year or name, not yet saved (so not frozen). */
    public RatingScheme copyAs(int newYear, String newName) {
        return new RatingScheme(null, newYear, newName, dimensions, bonusCaps, bonusCap, deductionCap, ranges,
                quotas, exemptFrail, appraisalRules);
    }
}
