package org.dangjiandesk.logic.brand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.logic.security.FieldDiff;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Score;
import org.dangjiandesk.store.DataStore;

/**
 * Evaluation rounds (展评): set up a round with its projects, judges and weighted criteria, key in the scores, and
 * compute results with {@link EvaluationScoring}. Projects still 实施中 enter 展评 when the round is set up, as a
 * recorded step decided by the street's 党工委.
 */
public final class EvaluationService {
    /** The usual criteria and weights (%): 创新性, 实效性, 群众受惠面, 可复制性. */
    public static final List<String> DEFAULT_CRITERIA_KEYS = List.of("brand.criterion.innovation",
            "brand.criterion.effectiveness", "brand.criterion.reach", "brand.criterion.replicability");
    public static final List<Double> DEFAULT_WEIGHTS = List.of(30.0, 30.0, 25.0, 15.0);

    private final DataStore store;
    private final BrandService projects;
    private final Clock clock;
    private final AuditTrail audit;

    public EvaluationService(DataStore store, BrandService projects, Clock clock) {
        this(store, projects, clock, AuditTrail.NONE);
    }

    public EvaluationService(DataStore store, BrandService projects, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.projects = projects;
        this.clock = clock;
    }

    /** Saves a new round; projects in 实施中 are moved to 展评 on the round's date (or today). */
    public EvaluationRound create(EvaluationRound round) {
        if (round.name() == null || round.name().isBlank()) {
            throw new BrandException("brand.error.round.nameRequired");
        }
        if (round.criteria().isEmpty()) {
            throw new BrandException("brand.error.round.noCriteria");
        }
        for (EvaluationCriterion c : round.criteria()) {
            if (c.name() == null || c.name().isBlank() || !(c.weight() > 0)) {
                throw new BrandException("brand.error.round.badCriterion", c.name() == null ? "" : c.name());
            }
        }
        if (round.judges().isEmpty()) {
            throw new BrandException("brand.error.round.noJudges");
        }
        if (round.projectIds().isEmpty()) {
            throw new BrandException("brand.error.round.noProjects");
        }
        LocalDate date = round.heldOn() == null ? LocalDate.now(clock) : round.heldOn();
        return store.write(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            Long street = tree.roots().stream().findFirst().map(OrgUnit::id).orElse(null);
            for (long id : round.projectIds()) {
                BrandProject p = r.brand().findById(id).orElseThrow(() -> new BrandException("brand.error.notFound"));
                if (p.status() == BrandStatus.IN_PROGRESS) {
                    projects.move(r, id, BrandStatus.UNDER_EVALUATION, date, street, round.name());
                } else if (p.status() != BrandStatus.UNDER_EVALUATION) {
                    throw new BrandException("brand.error.round.projectStatus", p.name(), p.status());
                }
            }
            EvaluationRound saved = r.evaluations().insert(round);
            audit.edited(r, "brandRound", saved.id(), null, saved);
            return saved;
        });
    }

    public List<EvaluationRound> rounds() {
        return store.read(r -> r.evaluations().findAll());
    }

    public EvaluationRound round(long id) {
        return store.read(r -> r.evaluations().findById(id))
                .orElseThrow(() -> new BrandException("brand.error.notFound"));
    }

    /** Projects that can join a round of a year: those 实施中 or in 展评. */
    public List<BrandProject> candidates(int year) {
        List<BrandProject> out = new ArrayList<>();
        for (BrandProject p : store.read(r -> r.brand().findByYear(year))) {
            if (p.status() == BrandStatus.IN_PROGRESS || p.status() == BrandStatus.UNDER_EVALUATION) {
                out.add(p);
            }
        }
        return out;
    }

    /** Sets (or with null clears) one judge's points for a project on a criterion; points are 0–100. */
    public void score(long judgeId, long projectId, long criterionId, Double points) {
        if (points != null && (points.isNaN() || points < 0 || points > 100)) {
            throw new BrandException("brand.error.score.range", points);
        }
        store.writeVoid(r -> {
            Double before = r.evaluations().score(judgeId, projectId, criterionId).orElse(null);
            r.evaluations().putScore(judgeId, projectId, criterionId, points);
            if (!java.util.Objects.equals(before, points)) {
                audit.edited(r, AuditAction.RECORD_CHANGED, "brandScore",
                        projectId + "/" + criterionId + "/" + judgeId,
                        List.of(new FieldDiff.Change("points", before, points)));
            }
        });
    }

    public List<Score> scores(long roundId) {
        return store.read(r -> r.evaluations().scores(roundId));
    }

    /**
     * Names and awards the projects the results award (命名授牌), as recorded steps decided by the street's 党工委 with
     * the round and rank as note. Projects no longer in 展评 are left alone. Returns how many were awarded.
     */
    public int applyAwards(long roundId, LocalDate on) {
        return store.write(r -> {
            EvaluationRound round = r.evaluations().findById(roundId)
                    .orElseThrow(() -> new BrandException("brand.error.notFound"));
            Long street = new OrgTree(r.orgs().findAll()).roots().stream().findFirst().map(OrgUnit::id).orElse(null);
            int n = 0;
            for (ProjectResult res : EvaluationScoring.results(round, r.evaluations().scores(roundId))) {
                BrandProject p = r.brand().findById(res.projectId()).orElseThrow();
                if (res.awarded() && p.status() == BrandStatus.UNDER_EVALUATION) {
                    projects.move(r, p.id(), BrandStatus.AWARDED, on, street,
                            round.name() + " #" + res.rank() + (res.tied() ? "=" : ""));
                    n++;
                }
            }
            return n;
        });
    }

    /** The round's results, best first. */
    public List<ProjectResult> results(long roundId) {
        return store.read(r -> EvaluationScoring.results(r.evaluations().findById(roundId).orElseThrow(),
                r.evaluations().scores(roundId)));
    }
}
