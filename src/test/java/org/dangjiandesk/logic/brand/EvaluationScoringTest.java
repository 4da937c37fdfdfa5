package org.dangjiandesk.logic.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.Score;
import org.junit.jupiter.api.Test;

/** Weighted totals, the trimmed mean, ties and awards, on hand-computed numbers. */
class EvaluationScoringTest {
    private static final List<EvaluationCriterion> CRITERIA = List.of(
            new EvaluationCriterion(1L, "创新性", 30), new EvaluationCriterion(2L, "实效性", 30),
            new EvaluationCriterion(3L, "群众受惠面", 25), new EvaluationCriterion(4L, "可复制性", 15));

    private static EvaluationRound round(boolean dropExtremes, AwardRule rule, int count, double threshold,
                                         int judges, long... projects) {
        List<Judge> js = new ArrayList<>();
        for (int i = 1; i <= judges; i++) {
            js.add(new Judge(100L + i, "评委" + i));
        }
        List<Long> ps = new ArrayList<>();
        for (long p : projects) {
            ps.add(p);
        }
        return new EvaluationRound(1L, "2026 年度展评", 2026, null, dropExtremes, rule, count, threshold, CRITERIA, js,
                ps);
    }

    /** One judge gives the same points on every criterion. */
    private static void flat(List<Score> out, long judge, long project, double points) {
        for (EvaluationCriterion c : CRITERIA) {
            out.add(new Score(judge, project, c.id(), points));
        }
    }

    @Test
    void judgeTotal_isTheWeightedMeanOfTheCriteria() {
        List<Score> s = List.of(new Score(101, 7, 1, 90), new Score(101, 7, 2, 80), new Score(101, 7, 3, 70),
                new Score(101, 7, 4, 60));

        ProjectResult r = EvaluationScoring.results(round(false, AwardRule.TOP_RANKS, 1, 0, 1, 7), s).get(0);

        // (30·90 + 30·80 + 25·70 + 15·60) / 100 = (2700 + 2400 + 1750 + 900) / 100 = 77.5
        assertThat(r.judgeTotals()).containsEntry(101L, 77.5);
        assertThat(r.score()).isEqualTo(77.5);
    }

    @Test
    void weightsNeedNotAddUpTo100() {
        EvaluationRound twoCriteria = new EvaluationRound(1L, "r", 2026, null, false, AwardRule.TOP_RANKS, 1, 0,
                List.of(new EvaluationCriterion(1L, "创新性", 2), new EvaluationCriterion(2L, "实效性", 1)),
                List.of(new Judge(101L, "甲")), List.of(7L));

        ProjectResult r = EvaluationScoring.results(twoCriteria,
                List.of(new Score(101, 7, 1, 90), new Score(101, 7, 2, 60))).get(0);

        assertThat(r.score()).isEqualTo(80.0); // (2·90 + 60) / 3
    }

    @Test
    void dropExtremes_leavesOutOneHighestAndOneLowestJudge() {
        List<Score> s = new ArrayList<>();
        flat(s, 101, 7, 95);
        flat(s, 102, 7, 80);
        flat(s, 103, 7, 82);
        flat(s, 104, 7, 60);

        ProjectResult plain = EvaluationScoring.results(round(false, AwardRule.TOP_RANKS, 1, 0, 4, 7), s).get(0);
        ProjectResult trimmed = EvaluationScoring.results(round(true, AwardRule.TOP_RANKS, 1, 0, 4, 7), s).get(0);

        assertThat(plain.score()).isEqualTo(79.25); // (95 + 80 + 82 + 60) / 4
        assertThat(plain.trimmed()).isFalse();
        assertThat(trimmed.score()).isEqualTo(81.0); // (80 + 82) / 2
        assertThat(trimmed.trimmed()).isTrue();
    }

    @Test
    void dropExtremes_withFewerThanThreeJudges_usesThePlainMean() {
        List<Score> s = new ArrayList<>();
        flat(s, 101, 7, 90);
        flat(s, 102, 7, 70);

        ProjectResult r = EvaluationScoring.results(round(true, AwardRule.TOP_RANKS, 1, 0, 2, 7), s).get(0);

        assertThat(r.score()).isEqualTo(80.0);
        assertThat(r.trimmed()).isFalse();
    }

    @Test
    void aJudgeWhoMissedACriterion_doesNotCount() {
        List<Score> s = new ArrayList<>();
        flat(s, 101, 7, 90);
        s.add(new Score(102, 7, 1, 10)); // only one criterion scored

        ProjectResult r = EvaluationScoring.results(round(false, AwardRule.TOP_RANKS, 1, 0, 2, 7), s).get(0);

        assertThat(r.judgeTotals()).containsOnlyKeys(101L);
        assertThat(r.score()).isEqualTo(90.0);
    }

    @Test
    void equalScores_shareARank_andTheNextRankIsSkipped() {
        List<Score> s = new ArrayList<>();
        flat(s, 101, 1, 90);
        flat(s, 101, 2, 85);
        flat(s, 101, 3, 85);
        flat(s, 101, 4, 70);

        List<ProjectResult> r = EvaluationScoring.results(round(false, AwardRule.TOP_RANKS, 2, 0, 1, 1, 2, 3, 4, 5), s);

        assertThat(r).extracting(ProjectResult::projectId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(r).extracting(ProjectResult::rank).containsExactly(1, 2, 2, 4, 0);
        assertThat(r).extracting(ProjectResult::tied).containsExactly(false, true, true, false, false);
        // two awards by rank: the tie at the cut is awarded together
        assertThat(r).extracting(ProjectResult::awarded).containsExactly(true, true, true, false, false);
        assertThat(r.get(4).score()).isNull();
    }

    @Test
    void scoresEqualWhenShownToTwoDecimals_areTied() {
        List<Score> s = new ArrayList<>();
        // 3 judges: (80 + 80 + 81) / 3 = 80.333… and (80.33 flat) → both shown as 80.33
        flat(s, 101, 1, 80);
        flat(s, 102, 1, 80);
        flat(s, 103, 1, 81);
        flat(s, 101, 2, 80.33);
        flat(s, 102, 2, 80.33);
        flat(s, 103, 2, 80.33);

        List<ProjectResult> r = EvaluationScoring.results(round(false, AwardRule.TOP_RANKS, 1, 0, 3, 1, 2), s);

        assertThat(r).extracting(ProjectResult::score).containsOnly(80.33);
        assertThat(r).extracting(ProjectResult::rank).containsExactly(1, 1);
        assertThat(r).allMatch(ProjectResult::tied);
    }

    @Test
    void awardsByThreshold_goToEveryScoreAtOrAboveIt() {
        List<Score> s = new ArrayList<>();
        flat(s, 101, 1, 92);
        flat(s, 101, 2, 85);
        flat(s, 101, 3, 84.99);

        List<ProjectResult> r = EvaluationScoring.results(round(false, AwardRule.THRESHOLD, 0, 85, 1, 1, 2, 3), s);

        assertThat(r).extracting(ProjectResult::awarded).containsExactly(true, true, false);
    }
}
