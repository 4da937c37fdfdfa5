package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.AppraisalRule;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.QuotaCap;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.model.StarRange;

/**
 * The arithmetic of a {@link RatingScheme}: a quarter's total and star, quota warnings for an organisation,
 * and the annual roll-up with the 民主评议 grade. Pure functions, no storage.
 */
public final class SchemeRules {
    private final RatingScheme scheme;

    public SchemeRules(RatingScheme scheme) {
        this.scheme = scheme;
    }

    public RatingScheme scheme() {
        return scheme;
    }

    /**
     * Checks a typed value for a dimension.
     *
     * @throws RatingException when it is negative or above the dimension's maximum
     */
    public BigDecimal checkPoints(RatingDimension d, BigDecimal points) {
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(d.maxPoints())) > 0) {
            throw new RatingException("rating.error.outOfRange", d.name(), d.maxPoints());
        }
        if (points.stripTrailingZeros().scale() > 1) {
            throw new RatingException("rating.error.decimals", d.name());
        }
        return points.setScale(1, RoundingMode.UNNECESSARY);
    }

    /**
     * A quarter's result. Dimension points above a maximum are counted at the maximum; the ledger's positive
     * points count up to each category's cap and then up to the bonus cap; negative points up to the deduction
     * cap. The total never goes below zero.
     *
     * @param points per dimension code; a missing code means not scored yet
     */
    public QuarterScore score(Map<String, BigDecimal> points, LedgerPoints ledger, boolean exempt) {
        BigDecimal base = BigDecimal.ZERO;
        boolean complete = true;
        for (RatingDimension d : scheme.dimensions()) {
            BigDecimal p = points.get(d.code());
            if (p == null) {
                complete = false;
            } else {
                base = base.add(p.max(BigDecimal.ZERO).min(BigDecimal.valueOf(d.maxPoints())));
            }
        }
        BigDecimal bonus = bonus(ledger.positive());
        BigDecimal deduction = ledger.negative().min(scheme.deductionCap());
        BigDecimal total = base.add(bonus).subtract(deduction).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
        StarLevel star = exempt || !complete ? null : starFor(total);
        return new QuarterScore(base.setScale(1, RoundingMode.HALF_UP), bonus.setScale(1, RoundingMode.HALF_UP),
                deduction.setScale(1, RoundingMode.HALF_UP), total, star, exempt, complete);
    }

    /** Positive ledger points after the per-category caps, then the overall bonus cap. */
    public BigDecimal bonus(Map<PointCategory, BigDecimal> positive) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<PointCategory, BigDecimal> e : positive.entrySet()) {
            BigDecimal cap = scheme.bonusCaps().getOrDefault(e.getKey(), BigDecimal.ZERO);
            sum = sum.add(e.getValue().min(cap));
        }
        return sum.min(scheme.bonusCap());
    }

    /** The star of the highest range whose minimum the total reaches (ONE when none does). */
    public StarLevel starFor(BigDecimal total) {
        return scheme.ranges().stream()
                .filter(r -> total.compareTo(r.minScore()) >= 0)
                .max(Comparator.comparing(StarRange::star))
                .map(StarRange::star)
                .orElse(StarLevel.ONE);
    }

    /**
     * Quota warnings for one organisation's stars (exempt and unscored members are not counted). A quota of p %
     * allows floor(rated × p / 100) members, so a branch of 19 has no room for a five-star at 5 %.
     */
    public List<QuotaWarning> quotaWarnings(Collection<StarLevel> stars) {
        Map<StarLevel, Integer> counts = new EnumMap<>(StarLevel.class);
        int rated = 0;
        for (StarLevel s : stars) {
            if (s != null) {
                counts.merge(s, 1, Integer::sum);
                rated++;
            }
        }
        List<QuotaWarning> out = new ArrayList<>();
        for (QuotaCap q : scheme.quotas()) {
            int count = counts.getOrDefault(q.star(), 0);
            int allowed = rated * q.maxPercent() / 100;
            if (count > allowed) {
                out.add(new QuotaWarning(q.star(), count, rated, allowed, q.maxPercent()));
            }
        }
        return out;
    }

    /**
     * The annual star: the average of the rated quarters' totals, plus the grade's points, mapped to a star and
     * capped by the grade's ceiling. With no 民主评议 grade yet, no points and no ceiling apply.
     */
    public AnnualStar annual(Collection<BigDecimal> ratedQuarterTotals, AppraisalGrade grade) {
        if (ratedQuarterTotals.isEmpty()) {
            return new AnnualStar(0, null, grade, null, null);
        }
        BigDecimal sum = ratedQuarterTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = sum.divide(BigDecimal.valueOf(ratedQuarterTotals.size()), 1, RoundingMode.HALF_UP);
        AppraisalRule rule = grade == null ? null : scheme.appraisalRule(grade).orElse(null);
        BigDecimal score = rule == null ? average : average.add(rule.points());
        StarLevel star = starFor(score);
        if (rule != null) {
            star = star.atMost(rule.ceiling());
        }
        return new AnnualStar(ratedQuarterTotals.size(), average, grade, score, star);
    }

    /**
     * Problems with a scheme before it is saved: no dimensions, a blank or duplicate code or name, a character
     * the storage cannot keep (| or a line break), ranges that do not cover every star once.
     */
    public static List<String> problems(RatingScheme s) {
        List<String> out = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            out.add("rating.scheme.problem.name");
        }
        if (s.dimensions().isEmpty()) {
            out.add("rating.scheme.problem.noDimensions");
        }
        Set<String> codes = new HashSet<>();
        for (RatingDimension d : s.dimensions()) {
            if (d.code().isBlank() || d.name().isBlank() || !codes.add(d.code())
                    || bad(d.code()) || bad(d.name()) || d.code().length() > 16) {
                out.add("rating.scheme.problem.dimension");
                break;
            }
        }
        Set<StarLevel> stars = new HashSet<>();
        for (StarRange r : s.ranges()) {
            stars.add(r.star());
        }
        if (stars.size() != StarLevel.values().length || s.ranges().size() != StarLevel.values().length) {
            out.add("rating.scheme.problem.ranges");
        } else {
            List<StarRange> sorted = s.ranges().stream().sorted(Comparator.comparing(StarRange::star)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).minScore().compareTo(sorted.get(i - 1).minScore()) <= 0) {
                    out.add("rating.scheme.problem.ranges");
                    break;
                }
            }
        }
        return out;
    }

    private static boolean bad(String s) {
        return s.indexOf('|') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
}
