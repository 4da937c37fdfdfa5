package org.dangjiandesk.logic.brand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.Score;

/**
 * The arithmetic of an evaluation round, with no storage:
 * <ul>
 * <li>a judge's total for a project = Σ weight × points / Σ weight over the criteria (0–100), counted only when
 *     the judge scored every criterion;</li>
 * <li>the project's score = the mean of the judges' totals; with "drop highest and lowest" and at least three
 *     totals, one highest and one lowest are left out;</li>
 * <li>scores are compared as shown, rounded to two decimals; equal scores share a rank (1, 2, 2, 4) and are
 *     marked as tied;</li>
 * <li>awards: the best {@code awardCount} ranks (a tie at the cut is awarded together) or every score at or above
 *     the threshold.</li>
 * </ul>
 */
public final class EvaluationScoring {
    private EvaluationScoring() {
    }

    /** The results of a round, best first; unscored projects last in round order. */
    public static List<ProjectResult> results(EvaluationRound round, List<Score> scores) {
        Map<String, Double> points = new HashMap<>();
        for (Score s : scores) {
            points.put(key(s.judgeId(), s.projectId(), s.criterionId()), s.points());
        }
        double weightSum = round.criteria().stream().mapToDouble(EvaluationCriterion::weight).sum();
        List<Scored> scored = new ArrayList<>();
        for (long projectId : round.projectIds()) {
            Map<Long, Double> totals = new LinkedHashMap<>();
            for (Judge j : round.judges()) {
                Double total = judgeTotal(round.criteria(), weightSum, c -> points.get(key(j.id(), projectId, c)));
                if (total != null) {
                    totals.put(j.id(), total);
                }
            }
            boolean trim = round.dropExtremes() && totals.size() >= 3;
            scored.add(new Scored(projectId, totals, mean(new ArrayList<>(totals.values()), trim), trim));
        }
        List<Scored> ranked = new ArrayList<>(scored.stream().filter(s -> s.score != null).toList());
        ranked.sort(Comparator.comparing((Scored s) -> shown(s.score)).reversed());
        List<ProjectResult> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Scored s = ranked.get(i);
            BigDecimal shown = shown(s.score);
            int first = i;
            while (first > 0 && shown(ranked.get(first - 1).score).compareTo(shown) == 0) {
                first--;
            }
            int rank = first + 1;
            boolean tied = (i > 0 && shown(ranked.get(i - 1).score).compareTo(shown) == 0)
                    || (i + 1 < ranked.size() && shown(ranked.get(i + 1).score).compareTo(shown) == 0);
            boolean awarded = round.awardRule() == AwardRule.TOP_RANKS ? rank <= round.awardCount()
                    : shown.compareTo(BigDecimal.valueOf(round.awardThreshold())) >= 0;
            out.add(new ProjectResult(s.projectId, s.totals, shown.doubleValue(), s.trimmed, rank, tied, awarded));
        }
        for (Scored s : scored) {
            if (s.score == null) {
                out.add(new ProjectResult(s.projectId, s.totals, null, false, 0, false, false));
            }
        }
        return out;
    }

    /** Σ weight × points / Σ weight; null unless every criterion has points. */
    static Double judgeTotal(List<EvaluationCriterion> criteria, double weightSum,
                             java.util.function.LongFunction<Double> pointsOf) {
        if (criteria.isEmpty() || weightSum <= 0) {
            return null;
        }
        double sum = 0;
        for (EvaluationCriterion c : criteria) {
            Double p = pointsOf.apply(c.id());
            if (p == null) {
                return null;
            }
            sum += c.weight() * p;
        }
        return sum / weightSum;
    }

    /** The mean, without one highest and one lowest value when {@code trim}; null for no values. */
    static Double mean(List<Double> values, boolean trim) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> v = new ArrayList<>(values);
        if (trim) {
            v.sort(Double::compare);
            v = v.subList(1, v.size() - 1);
        }
        return v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** A score as shown and compared: two decimals, half up. */
    static BigDecimal shown(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
    }

    private static String key(long judge, long project, long criterion) {
        return judge + ":" + project + ":" + criterion;
    }

    private record Scored(long projectId, Map<Long, Double> totals, Double score, boolean trimmed) {
    }
}
