package org.dangjiandesk.logic.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.model.StarRange;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on the shipped scheme: 组织生活 25 + 学习培训 20 + 履行义务 15 + 先锋作用 40 = 100; bonus at most
 * 10 (公益服务 5, 政治学习 3 …); deduction at most 20; ★5 ≥ 90, ★4 ≥ 80, ★3 ≥ 70, ★2 ≥ 60.
 */
class SchemeRulesTest {
    private final SchemeRules rules = new SchemeRules(DefaultScheme.forYear(2026, "2026"));

    private static Map<String, BigDecimal> points(double orgLife, double study, double duty, double vanguard) {
        return Map.of("ORG_LIFE", bd(orgLife), "STUDY", bd(study), "DUTY", bd(duty), "VANGUARD", bd(vanguard));
    }

    private static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v);
    }

    private static LedgerPoints ledger(Map<PointCategory, BigDecimal> positive, double negative) {
        return new LedgerPoints(positive, bd(negative));
    }

    @Test
    void fullyScored_mapsTotalToStars() {
        // 22 + 18 + 13 + 32 = 85 → ★★★★
        QuarterScore s = rules.score(points(22, 18, 13, 32), LedgerPoints.NONE, false);
        assertThat(s.total()).isEqualByComparingTo("85");
        assertThat(s.star()).isEqualTo(StarLevel.FOUR);
        assertThat(rules.starFor(bd(90))).isEqualTo(StarLevel.FIVE);
        assertThat(rules.starFor(bd(89.9))).isEqualTo(StarLevel.FOUR);
        assertThat(rules.starFor(bd(70))).isEqualTo(StarLevel.THREE);
        assertThat(rules.starFor(bd(59.5))).isEqualTo(StarLevel.ONE);
    }

    @Test
    void bonus_isCappedPerCategory_thenOverall() {
        // 公益服务 8 → cap 5; 政治学习 4 → cap 3; 先锋作用 4 (cap 5) → 4: 5 + 3 + 4 = 12 → overall cap 10
        LedgerPoints l = ledger(Map.of(PointCategory.PUBLIC_SERVICE, bd(8), PointCategory.POLITICAL_STUDY, bd(4),
                PointCategory.VANGUARD, bd(4)), 0);
        QuarterScore s = rules.score(points(20, 15, 12, 28), l, false); // base 75
        assertThat(s.bonus()).isEqualByComparingTo("10");
        assertThat(s.total()).isEqualByComparingTo("85");
        assertThat(s.star()).isEqualTo(StarLevel.FOUR);
        // only the per-category caps bite: 公益服务 6 → 5, 缴纳党费 1 → 1: bonus 6
        assertThat(rules.bonus(Map.of(PointCategory.PUBLIC_SERVICE, bd(6), PointCategory.DUES, bd(1))))
                .isEqualByComparingTo("6");
    }

    @Test
    void deduction_isCapped_andTotalNeverBelowZero() {
        QuarterScore s = rules.score(points(20, 15, 12, 28), ledger(Map.of(), 35), false); // 75 − min(35, 20)
        assertThat(s.deduction()).isEqualByComparingTo("20");
        assertThat(s.total()).isEqualByComparingTo("55");
        assertThat(s.star()).isEqualTo(StarLevel.ONE);
        QuarterScore low = rules.score(points(2, 1, 1, 0), ledger(Map.of(), 20), false);
        assertThat(low.total()).isEqualByComparingTo("0");
    }

    @Test
    void aDimensionAboveItsMaximum_isRefusedWhenTyped_andCountsAtMostTheMaximum() {
        RatingDimension orgLife = rules.scheme().dimensions().get(0);
        assertThatThrownBy(() -> rules.checkPoints(orgLife, bd(26)))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.outOfRange");
        assertThatThrownBy(() -> rules.checkPoints(orgLife, bd(-1))).isInstanceOf(RatingException.class);
        assertThatThrownBy(() -> rules.checkPoints(orgLife, new BigDecimal("12.25")))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.decimals");
        assertThat(rules.checkPoints(orgLife, new BigDecimal("24.5"))).isEqualByComparingTo("24.5");
        assertThat(rules.score(points(30, 20, 15, 40), LedgerPoints.NONE, false).total()).isEqualByComparingTo("100");
    }

    @Test
    void exemptOrIncompleteMembers_getNoStar() {
        QuarterScore exempt = rules.score(points(25, 20, 15, 40), LedgerPoints.NONE, true);
        assertThat(exempt.star()).isNull();
        assertThat(exempt.exempt()).isTrue();
        QuarterScore partial = rules.score(Map.of("ORG_LIFE", bd(25)), LedgerPoints.NONE, false);
        assertThat(partial.complete()).isFalse();
        assertThat(partial.star()).isNull();
        assertThat(partial.total()).isEqualByComparingTo("25");
    }

    @Test
    void pendingLedgerEntries_doNotCount() {
        var approved = new org.dangjiandesk.model.PointEntry(1L, 7, java.time.LocalDate.of(2026, 8, 1),
                PointCategory.PUBLIC_SERVICE, bd(3), "", "甲", "乙");
        var pending = new org.dangjiandesk.model.PointEntry(2L, 7, java.time.LocalDate.of(2026, 8, 2),
                PointCategory.PUBLIC_SERVICE, bd(2), "", "甲", null);
        var deduction = new org.dangjiandesk.model.PointEntry(3L, 7, java.time.LocalDate.of(2026, 8, 3),
                PointCategory.DISCIPLINE, bd(-5), "", "甲", "乙");
        LedgerPoints l = LedgerPoints.of(List.of(approved, pending, deduction));
        assertThat(l.positive()).containsOnlyKeys(PointCategory.PUBLIC_SERVICE);
        assertThat(l.positive().get(PointCategory.PUBLIC_SERVICE)).isEqualByComparingTo("3");
        assertThat(l.negative()).isEqualByComparingTo("5");
    }

    @Test
    void quotas_warnWhenMoreThanTheShareHoldAStar() {
        // 40 rated: 5 % five-star allows 2, 10 % four-star allows 4, 5 % one-star allows 2
        List<StarLevel> stars = new ArrayList<>();
        stars.addAll(Collections.nCopies(3, StarLevel.FIVE));
        stars.addAll(Collections.nCopies(4, StarLevel.FOUR));
        stars.addAll(Collections.nCopies(31, StarLevel.THREE));
        stars.addAll(Collections.nCopies(2, StarLevel.ONE));
        stars.add(null); // exempt: not counted
        List<QuotaWarning> w = rules.quotaWarnings(stars);
        assertThat(w).containsExactly(new QuotaWarning(StarLevel.FIVE, 3, 40, 2, 5));
        // a branch of 19 has no room for a five-star at 5 % (19 × 5 / 100 = 0.95 → 0)
        List<StarLevel> small = new ArrayList<>(Collections.nCopies(18, StarLevel.THREE));
        small.add(StarLevel.FIVE);
        assertThat(rules.quotaWarnings(small)).extracting(QuotaWarning::allowed).containsExactly(0);
    }

    @Test
    void annual_averagesTheRatedQuarters_andAppliesTheAppraisalRule() {
        // (88 + 92 + 86 + 90) / 4 = 89 → ★★★★; 优秀 +5 → 94 → ★★★★★
        List<BigDecimal> q = List.of(bd(88), bd(92), bd(86), bd(90));
        assertThat(rules.annual(q, AppraisalGrade.QUALIFIED).star()).isEqualTo(StarLevel.FOUR);
        AnnualStar excellent = rules.annual(q, AppraisalGrade.EXCELLENT);
        assertThat(excellent.average()).isEqualByComparingTo("89");
        assertThat(excellent.score()).isEqualByComparingTo("94");
        assertThat(excellent.star()).isEqualTo(StarLevel.FIVE);
        // 基本合格 caps at ★★★ even with a five-star average; 不合格 at ★
        List<BigDecimal> high = List.of(bd(95), bd(96));
        assertThat(rules.annual(high, AppraisalGrade.BASICALLY_QUALIFIED).star()).isEqualTo(StarLevel.THREE);
        assertThat(rules.annual(high, AppraisalGrade.UNQUALIFIED).star()).isEqualTo(StarLevel.ONE);
        // no grade yet: the average alone; two quarters rated (the others exempt): (95 + 96) / 2 = 95.5
        AnnualStar noGrade = rules.annual(high, null);
        assertThat(noGrade.quartersRated()).isEqualTo(2);
        assertThat(noGrade.average()).isEqualByComparingTo("95.5");
        assertThat(noGrade.star()).isEqualTo(StarLevel.FIVE);
        assertThat(rules.annual(List.of(), AppraisalGrade.EXCELLENT).star()).isNull();
    }

    @Test
    void problems_findBrokenSchemes() {
        RatingScheme ok = DefaultScheme.forYear(2026, "方案");
        assertThat(SchemeRules.problems(ok)).isEmpty();
        RatingScheme noDims = new RatingScheme(null, 2026, "方案", List.of(), ok.bonusCaps(), ok.bonusCap(),
                ok.deductionCap(), ok.ranges(), ok.quotas(), true, ok.appraisalRules());
        assertThat(SchemeRules.problems(noDims)).contains("rating.scheme.problem.noDimensions");
        List<StarRange> crossed = new ArrayList<>(ok.ranges());
        crossed.set(0, new StarRange(StarLevel.FIVE, bd(75))); // five-star below four-star's 80
        RatingScheme bad = new RatingScheme(null, 2026, "方案", ok.dimensions(), ok.bonusCaps(), ok.bonusCap(),
                ok.deductionCap(), crossed, ok.quotas(), true, ok.appraisalRules());
        assertThat(SchemeRules.problems(bad)).contains("rating.scheme.problem.ranges");
    }
}
