package org.dangjiandesk.logic.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.rating.DefaultScheme;
import org.dangjiandesk.logic.rating.LedgerPoints;
import org.dangjiandesk.logic.rating.QuarterScore;
import org.dangjiandesk.logic.rating.SchemeRules;
import org.dangjiandesk.model.MemberRating;
import org.dangjiandesk.model.MemberScores;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.PointEntry;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatedMember;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.RatingSheet;
import org.dangjiandesk.model.SheetState;
import org.dangjiandesk.store.Repositories;

/**
 * Star-rating sample data for the sample street: the year's default scheme, every branch assessed for the last
 * two quarters that have ended (the earlier approved, the latest submitted or still a draft), and
 * a points ledger with approved and pending entries. Members keep a steady "quality" across quarters, so the
 * stars look plausible (most three or four stars, few five or one). Fictitious, like the rest of the street.
 */
final class RatingSampler {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RatingSampler.class);
    private static final long SEED_SALT = 0x5EED_4A71L;
    private static final PointCategory[] BONUS = {PointCategory.PUBLIC_SERVICE, PointCategory.POLITICAL_STUDY,
        PointCategory.ORGANISATIONAL_LIFE, PointCategory.IN_SERVICE_REPORT, PointCategory.DUES,
        PointCategory.THOUGHT_REPORT, PointCategory.VANGUARD};
    private static final String[] NOTES = {"志愿服务", "微心愿认领", "主题党日", "在职党员报到服务", "按时缴纳党费",
        "提交思想汇报", "结对帮扶"};

    private static final int FLUSH_ROWS = 5_000;
    private final Map<Long, List<MemberScores>> pendingScores = new HashMap<>();
    private final Map<Long, List<MemberRating>> pendingResults = new HashMap<>();
    private final Repositories r;
    private final Dice dice;
    private final LocalDate today;

    private RatingSampler(Repositories r, SampleOptions options) {
        this.r = r;
        this.dice = new Dice(options.seed() ^ SEED_SALT);
        this.today = options.referenceDate();
    }

    /** Adds the rating data; call after the members exist, inside the sample's transaction. */
    static void fill(Repositories r, SampleOptions options) {
        long start = System.nanoTime();
        new RatingSampler(r, options).fill();
        LOG.info("rating sample data written in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void fill() {
        List<Quarter> quarters = endedQuarters();
        int year = quarters.get(quarters.size() - 1).year();
        RatingScheme scheme = r.rating().schemes().insert(DefaultScheme.forYear(year, year + " 年度党员星级评定方案"));
        SchemeRules rules = new SchemeRules(scheme);
        OrgTree tree = new OrgTree(r.orgs().findAll());
        List<PointEntry> ledger = new ArrayList<>();
        Map<Long, Double> quality = new HashMap<>();
        Quarter last = quarters.get(quarters.size() - 1);
        Map<Long, List<RatedMember>> byOrg = r.rating().sheets().currentMembersByOrg();
        for (OrgUnit org : tree.all()) {
            if (!org.type().isBranchLike()) {
                continue;
            }
            List<RatedMember> members = new ArrayList<>();
            for (Long id : branchAndGroups(tree, org.id())) {
                members.addAll(byOrg.getOrDefault(id, List.of()));
            }
            if (members.isEmpty()) {
                continue;
            }
            for (RatedMember m : members) {
                quality.put(m.id(), (dice.between(55.0, 97.0) + dice.between(64.0, 94.0)) / 2);
            }
            for (Quarter q : quarters) {
                Map<Long, List<PointEntry>> entries = entries(members, q, q.equals(last));
                entries.values().forEach(ledger::addAll);
                assess(org, q, q.equals(last), members, quality, entries, scheme, rules);
            }
        }
        flush();
        r.rating().points().insertAll(ledger);
    }

    /** The last two quarters that have ended (the earlier one approved, the later one submitted or a draft). */
    private List<Quarter> endedQuarters() {
        Quarter latest = Quarter.of(today).previous();
        return List.of(latest.previous(), latest);
    }

    private void assess(OrgUnit org, Quarter q, boolean latest, List<RatedMember> members, Map<Long, Double> quality,
                        Map<Long, List<PointEntry>> entries, RatingScheme scheme, SchemeRules rules) {
        SheetState state = !latest ? SheetState.APPROVED : dice.chance(0.15) ? SheetState.DRAFT : SheetState.SUBMITTED;
        RatingSheet sheet = r.rating().sheets().insert(org.id(), q, scheme.id(), state);
        List<MemberScores> scores = new ArrayList<>(members.size());
        List<MemberRating> results = new ArrayList<>(members.size());
        for (RatedMember m : members) {
            boolean exempt = scheme.exemptFrail() && m.frailExempt();
            Map<String, BigDecimal> points = new HashMap<>();
            if (!exempt) {
                double level = quality.get(m.id()) / 100;
                for (RatingDimension d : scheme.dimensions()) {
                    long p = Math.round(d.maxPoints() * (level + dice.between(-0.07, 0.06)));
                    points.put(d.code(), BigDecimal.valueOf(Math.max(0, Math.min(d.maxPoints(), p))));
                }
            }
            QuarterScore s = rules.score(points, LedgerPoints.of(entries.getOrDefault(m.id(), List.of())), exempt);
            scores.add(new MemberScores(m.id(), points, exempt));
            results.add(new MemberRating(m.id(), org.id(), q, exempt, s.base(), s.bonus().subtract(s.deduction()),
                    s.total(), s.star()));
        }
        pendingScores.put(sheet.id(), scores);
        pendingResults.put(sheet.id(), results);
        if (pendingResults.values().stream().mapToInt(List::size).sum() >= FLUSH_ROWS) {
            flush();
        }
    }

    /** Writes the collected lines in large batches (one statement per few hundred rows, not per sheet). */
    private void flush() {
        r.rating().sheets().insertAll(pendingScores, pendingResults);
        pendingScores.clear();
        pendingResults.clear();
    }

    /** Ledger entries of a quarter; in the latest one a few are still waiting for approval. */
    private Map<Long, List<PointEntry>> entries(List<RatedMember> members, Quarter q, boolean latest) {
        Map<Long, List<PointEntry>> out = new HashMap<>();
        for (RatedMember m : members) {
            int n = dice.chance(0.3) ? dice.between(1, 2) : 0;
            for (int i = 0; i < n; i++) {
                int k = dice.between(0, BONUS.length - 1);
                add(out, m, q, BONUS[k], dice.between(1, 3), NOTES[k], latest && dice.chance(0.2));
            }
            if (dice.chance(0.02)) {
                add(out, m, q, PointCategory.DISCIPLINE, -dice.between(2, 5), "未按规定参加组织生活", false);
            }
        }
        return out;
    }

    private void add(Map<Long, List<PointEntry>> out, RatedMember m, Quarter q, PointCategory c, int points,
                     String note, boolean pending) {
        LocalDate date = dice.dayBetween(q.firstDay(), q.lastDay());
        out.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(new PointEntry(null, m.id(), date, c,
                BigDecimal.valueOf(points), note, "组织委员", pending ? null : "支部书记"));
    }

    private static Set<Long> branchAndGroups(OrgTree tree, long branchId) {
        Set<Long> ids = new HashSet<>();
        ids.add(branchId);
        for (OrgUnit c : tree.childrenOf(branchId)) {
            if (c.type() == OrgType.GROUP) {
                ids.add(c.id());
            }
        }
        return ids;
    }
}
