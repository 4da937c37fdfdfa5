package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.BRAND_CRITERION;
import static org.dangjiandesk.store.jooq.Tables.BRAND_JUDGE;
import static org.dangjiandesk.store.jooq.Tables.BRAND_ROUND;
import static org.dangjiandesk.store.jooq.Tables.BRAND_ROUND_PROJECT;
import static org.dangjiandesk.store.jooq.Tables.BRAND_SCORE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.Score;
import org.dangjiandesk.store.jooq.tables.records.BrandCriterionRecord;
import org.dangjiandesk.store.jooq.tables.records.BrandJudgeRecord;
import org.dangjiandesk.store.jooq.tables.records.BrandRoundRecord;
import org.jooq.DSLContext;

/** Evaluation rounds (展评) of brand projects: criteria, judges, the projects in a round, and the scores. */
public final class EvaluationRepository {
    private final DSLContext dsl;

    EvaluationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Saves a new round with its criteria, judges and projects; returns it with all ids. */
    public EvaluationRound insert(EvaluationRound round) {
        BrandRoundRecord r = dsl.newRecord(BRAND_ROUND);
        r.setRoundName(round.name());
        r.setRoundYear(round.year());
        r.setHeldOn(round.heldOn());
        r.setDropExtremes(round.dropExtremes());
        r.setAwardRule(round.awardRule().name());
        r.setAwardCount(round.awardCount());
        r.setAwardThreshold(BigDecimal.valueOf(round.awardThreshold()));
        r.store();
        long id = r.getId();
        for (int i = 0; i < round.criteria().size(); i++) {
            EvaluationCriterion c = round.criteria().get(i);
            BrandCriterionRecord cr = dsl.newRecord(BRAND_CRITERION);
            cr.setRoundId(id);
            cr.setCriterionName(c.name());
            cr.setWeight(BigDecimal.valueOf(c.weight()));
            cr.setSortOrder(i);
            cr.store();
        }
        for (int i = 0; i < round.judges().size(); i++) {
            BrandJudgeRecord jr = dsl.newRecord(BRAND_JUDGE);
            jr.setRoundId(id);
            jr.setJudgeName(round.judges().get(i).name());
            jr.setSortOrder(i);
            jr.store();
        }
        setProjects(id, round.projectIds());
        return findById(id).orElseThrow();
    }

    /** Replaces the projects of a round (in the given order). */
    public void setProjects(long roundId, List<Long> projectIds) {
        dsl.deleteFrom(BRAND_ROUND_PROJECT).where(BRAND_ROUND_PROJECT.ROUND_ID.eq(roundId)).execute();
        for (int i = 0; i < projectIds.size(); i++) {
            dsl.insertInto(BRAND_ROUND_PROJECT, BRAND_ROUND_PROJECT.ROUND_ID, BRAND_ROUND_PROJECT.PROJECT_ID,
                    BRAND_ROUND_PROJECT.SORT_ORDER).values(roundId, projectIds.get(i), i).execute();
        }
    }

    public List<EvaluationRound> findAll() {
        return dsl.select(BRAND_ROUND.ID).from(BRAND_ROUND).orderBy(BRAND_ROUND.ROUND_YEAR.desc(), BRAND_ROUND.ID.desc())
                .fetch(BRAND_ROUND.ID).stream().map(id -> findById(id).orElseThrow()).toList();
    }

    public Optional<EvaluationRound> findById(long id) {
        BrandRoundRecord r = dsl.selectFrom(BRAND_ROUND).where(BRAND_ROUND.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<EvaluationCriterion> criteria = dsl.selectFrom(BRAND_CRITERION).where(BRAND_CRITERION.ROUND_ID.eq(id))
                .orderBy(BRAND_CRITERION.SORT_ORDER)
                .fetch(c -> new EvaluationCriterion(c.getId(), c.getCriterionName(), c.getWeight().doubleValue()));
        List<Judge> judges = dsl.selectFrom(BRAND_JUDGE).where(BRAND_JUDGE.ROUND_ID.eq(id))
                .orderBy(BRAND_JUDGE.SORT_ORDER).fetch(j -> new Judge(j.getId(), j.getJudgeName()));
        List<Long> projects = dsl.select(BRAND_ROUND_PROJECT.PROJECT_ID).from(BRAND_ROUND_PROJECT)
                .where(BRAND_ROUND_PROJECT.ROUND_ID.eq(id)).orderBy(BRAND_ROUND_PROJECT.SORT_ORDER)
                .fetch(BRAND_ROUND_PROJECT.PROJECT_ID);
        return Optional.of(new EvaluationRound(id, r.getRoundName(), r.getRoundYear(), r.getHeldOn(),
                r.getDropExtremes(), AwardRule.valueOf(r.getAwardRule()), r.getAwardCount(),
                r.getAwardThreshold().doubleValue(), criteria, judges, projects));
    }

    /** Sets one score (replacing an earlier one); {@code null} points clears it. */
    public void putScore(long judgeId, long projectId, long criterionId, Double points) {
        dsl.deleteFrom(BRAND_SCORE).where(BRAND_SCORE.JUDGE_ID.eq(judgeId)).and(BRAND_SCORE.PROJECT_ID.eq(projectId))
                .and(BRAND_SCORE.CRITERION_ID.eq(criterionId)).execute();
        if (points != null) {
            dsl.insertInto(BRAND_SCORE, BRAND_SCORE.JUDGE_ID, BRAND_SCORE.PROJECT_ID, BRAND_SCORE.CRITERION_ID,
                    BRAND_SCORE.POINTS).values(judgeId, projectId, criterionId, BigDecimal.valueOf(points)).execute();
        }
    }

    /** One judge's points for a project on a criterion, if given. */
    public Optional<Double> score(long judgeId, long projectId, long criterionId) {
        return dsl.select(BRAND_SCORE.POINTS).from(BRAND_SCORE).where(BRAND_SCORE.JUDGE_ID.eq(judgeId))
                .and(BRAND_SCORE.PROJECT_ID.eq(projectId)).and(BRAND_SCORE.CRITERION_ID.eq(criterionId))
                .fetchOptional(rec -> rec.value1().doubleValue());
    }

    /** All scores given in a round. */
    public List<Score> scores(long roundId) {
        return dsl.select(BRAND_SCORE.JUDGE_ID, BRAND_SCORE.PROJECT_ID, BRAND_SCORE.CRITERION_ID, BRAND_SCORE.POINTS)
                .from(BRAND_SCORE).join(BRAND_JUDGE).on(BRAND_JUDGE.ID.eq(BRAND_SCORE.JUDGE_ID))
                .where(BRAND_JUDGE.ROUND_ID.eq(roundId))
                .fetch(rec -> new Score(rec.value1(), rec.value2(), rec.value3(), rec.value4().doubleValue()));
    }
}
