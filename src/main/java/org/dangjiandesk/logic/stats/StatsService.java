package org.dangjiandesk.logic.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.logic.brand.BrandFilter;
import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.logic.brand.ProjectRow;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.rating.RatingOverview;
import org.dangjiandesk.logic.rating.StarDistribution;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.logic.training.NormKind;
import org.dangjiandesk.logic.training.OrgTrainingStats;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.LedgerEntry;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;
import org.dangjiandesk.store.DataStore;

/**
 * The statistics of an organisation subtree: the upward report tables (结构, 组织数量, 增减, 星级, 培训) and the
 * dashboard charts, all computed in memory from one {@link StatsBase} read (one query for 100,000 members) and the
 * few events between the present and the day asked for.
 */
public final class StatsService {
    private final DataStore store;
    private final CodeLists codes;
    private final Classifier classify;
    private final Messages messages;
    private final RatingOverview rating;
    private final TrainingService training;
    private final BrandService brand;
    private final Clock clock;

    public StatsService(DataStore store, CodeLists codes, Messages messages, RatingOverview rating,
                        TrainingService training, BrandService brand, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.classify = new Classifier(codes);
        this.messages = messages;
        this.rating = rating;
        this.training = training;
        this.brand = brand;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Messages messages() {
        return messages;
    }

    /** Reads every member's facts, the tree and the places, in one transaction. */
    public StatsBase load() {
        return store.read(r -> new StatsBase(r.stats().memberFacts(), new OrgTree(r.orgs().findAll()),
                r.places().findAll()));
    }

    /** The street's root organisation (the 党工委), the default scope. */
    public static OrgUnit root(StatsBase base) {
        return base.tree().roots().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation yet"));
    }

    /** Every member's state at the end of a day. */
    public List<MemberState> statesAt(StatsBase base, LocalDate day) {
        List<MemberEvent> after = store.read(r -> r.stats().eventsAfter(day));
        return base.statesAt(day, after);
    }

    /** 党员队伍结构统计表 of a subtree on a day. */
    public StatTable structure(StatsBase base, long scopeId, LocalDate day) {
        return structure(base, scopeId, day, statesAt(base, day));
    }

    StatTable structure(StatsBase base, long scopeId, LocalDate day, List<MemberState> states) {
        return StructureTable.compute(new Units(base.tree(), scopeId), states, day, classify, messages);
    }

    /** 党组织数量统计表 of a subtree on a day. */
    public StatTable orgCounts(StatsBase base, long scopeId, LocalDate day) {
        return orgCounts(base, scopeId, day, statesAt(base, day));
    }

    StatTable orgCounts(StatsBase base, long scopeId, LocalDate day, List<MemberState> states) {
        return OrgCountTable.compute(new Units(base.tree(), scopeId), base.places(), states, day, messages);
    }

    /** The 增减 table of a period and its ledger (the name lists). */
    public record Changes(StatTable table, List<LedgerEntry> ledger) {
    }

    public Changes changes(StatsBase base, long scopeId, StatPeriod period) {
        LocalDate opening = ChangeLedger.openingDay(period);
        List<MemberState> before = statesAt(base, opening);
        List<MemberState> after = statesAt(base, period.lastDay());
        List<MemberEvent> events = store.read(r -> r.stats().eventsBetween(period.firstDay(), period.lastDay()));
        ChangeLedger.Result result = ChangeLedger.compute(base, new Units(base.tree(), scopeId), period, before,
                events, after, messages);
        return new Changes(result.table(), result.entries());
    }

    /** Stars per unit in the period's last quarter (members of branches; 未评定 those on a sheet without a star). */
    public StatTable stars(StatsBase base, long scopeId, StatPeriod period) {
        Units units = new Units(base.tree(), scopeId);
        TableBuilder t = new TableBuilder(TableKind.STARS, units);
        for (StarDistribution d : rating.byBranch(period.lastQuarter())) {
            Long unit = units.unitOf(d.orgId());
            if (unit == null) {
                continue;
            }
            for (StarLevel s : StarLevel.values()) {
                t.add(unit, t.column(StatsColumns.star(s)), d.count(s));
            }
            t.add(unit, t.column(StatsColumns.NOT_RATED), d.notRated());
        }
        return t.build(messages, period.lastDay());
    }

    /**
     * Training per unit in the period's year: sessions held (by the unit and those below it), current members
     * with a norm, meeting it and below it. Sessions the scope itself held form its own 直属 row, so the rows add
     * up to the total.
     */
    public StatTable training(StatsBase base, long scopeId, StatPeriod period) {
        Units units = new Units(base.tree(), scopeId);
        TableBuilder t = new TableBuilder(TableKind.TRAINING, units);
        List<OrgTrainingStats> stats = training.orgStats(period.year(), scopeId);
        int sessions = t.column(StatsColumns.SESSIONS);
        int withNorm = t.column(StatsColumns.WITH_NORM);
        int meeting = t.column(StatsColumns.MEETING_NORM);
        int below = t.column(StatsColumns.BELOW_NORM);
        OrgTrainingStats scope = null;
        int[] children = new int[3];
        for (OrgTrainingStats s : stats) {
            if (s.orgId() == scopeId) {
                scope = s;
            } else if (s.depth() == 1) {
                int[] row = t.row(s.orgId());
                row[sessions] = s.sessions();
                row[withNorm] = s.members();
                row[meeting] = s.meetingNorm();
                row[below] = s.members() - s.meetingNorm();
                children[0] += s.sessions();
                children[1] += s.members();
                children[2] += s.meetingNorm();
            }
        }
        if (scope != null) {
            int[] row = t.row(scopeId);
            row[sessions] = scope.sessions() - children[0];
            row[withNorm] = scope.members() - children[1];
            row[meeting] = scope.meetingNorm() - children[2];
            row[below] = row[withNorm] - row[meeting];
        }
        return t.build(messages, period.lastDay());
    }

    /** Training standings of a year, the roster read from the database (for reports written without a screen). */
    public List<MemberStanding> trainingStandings(int year) {
        return training.standings(year);
    }

    /** Training standings of a year for the dashboard (read once per year; the roster the screen holds). */
    public List<MemberStanding> trainingStandings(int year, List<org.dangjiandesk.model.RosterEntry> roster) {
        return training.standings(year, roster);
    }

    /**
     * The dashboard of a subtree on a day. {@code standings} are the training standings of the day's year (see
     * {@link #trainingStandings}); null leaves the training chart empty.
     */
    public Dashboard dashboard(StatsBase base, long scopeId, LocalDate day, List<MemberStanding> standings) {
        Units units = new Units(base.tree(), scopeId);
        List<MemberState> counted = new ArrayList<>();
        for (MemberState s : statesAt(base, day)) {
            if (s.counted() && units.contains(s.orgId)) {
                counted.add(s);
            }
        }
        MemberBreakdowns breakdowns = new MemberBreakdowns(classify, codes, messages, day);
        List<ChartData> charts = new ArrayList<>(breakdowns.charts(counted));
        charts.add(orgTypes(units, day));
        charts.add(starsChart(units, Quarter.of(day)));
        charts.add(trainingChart(units, standings));
        charts.add(brandChart(scopeId, day.getYear()));
        return new Dashboard(scopeId, day, charts, counted, breakdowns);
    }

    private ChartData orgTypes(Units units, LocalDate day) {
        Map<OrgType, Integer> counts = new EnumMap<>(OrgType.class);
        for (OrgUnit o : units.tree().all()) {
            if (units.contains(o.id()) && !o.id().equals(units.scope().id()) && Units.existedOn(o, day)) {
                counts.merge(o.type(), 1, Integer::sum);
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (OrgType t : StatsColumns.COUNTED_ORG_TYPES) {
            bars.add(new Bar(t.name(), messages.label(t), counts.getOrDefault(t, 0)));
        }
        return new ChartData(Dimension.ORG_TYPE, bars);
    }

    private ChartData starsChart(Units units, Quarter quarter) {
        Map<StarLevel, Integer> counts = new EnumMap<>(StarLevel.class);
        int notRated = 0;
        for (StarDistribution d : rating.byBranch(quarter)) {
            if (units.contains(d.orgId())) {
                for (StarLevel s : StarLevel.values()) {
                    counts.merge(s, d.count(s), Integer::sum);
                }
                notRated += d.notRated();
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (StarLevel s : StarLevel.values()) {
            bars.add(new Bar(s.name(), messages.label(s), counts.getOrDefault(s, 0)));
        }
        bars.add(new Bar(StatsColumns.NOT_RATED, messages.get("stats.col.notRated"), notRated));
        return new ChartData(Dimension.STARS, bars);
    }

    /** Members with a norm: no hours at all, some but below the norm, the norm met. */
    private ChartData trainingChart(Units units, List<MemberStanding> standings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("NONE", 0);
        counts.put("BELOW", 0);
        counts.put("MET", 0);
        if (standings != null) {
            for (MemberStanding s : standings) {
                if (s.kind() == NormKind.EXEMPT || !units.contains(s.orgId())) {
                    continue;
                }
                String key = s.meetsNorm() ? "MET" : s.hours().compareTo(BigDecimal.ZERO) == 0 ? "NONE" : "BELOW";
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<Bar> bars = new ArrayList<>();
        counts.forEach((k, v) -> bars.add(new Bar(k, messages.get("stats.training." + k), v)));
        return new ChartData(Dimension.TRAINING, bars);
    }

    private ChartData brandChart(long scopeId, int year) {
        Map<BrandStatus, Integer> counts = new EnumMap<>(BrandStatus.class);
        for (ProjectRow r : brand.rows(new BrandFilter(year, scopeId))) {
            counts.merge(r.project().status(), 1, Integer::sum);
        }
        List<Bar> bars = new ArrayList<>();
        for (BrandStatus s : BrandStatus.values()) {
            bars.add(new Bar(s.name(), messages.label(s), counts.getOrDefault(s, 0)));
        }
        return new ChartData(Dimension.BRAND, bars);
    }

    /** Every table of a period for the whole street, computed now. */
    public PeriodReport compute(StatsBase base, StatPeriod period) {
        OrgUnit root = root(base);
        LocalDate end = period.lastDay();
        List<MemberState> states = statesAt(base, end);
        Changes changes = changes(base, root.id(), period);
        List<StatTable> tables = List.of(
                structure(base, root.id(), end, states),
                orgCounts(base, root.id(), end, states),
                changes.table(),
                stars(base, root.id(), period),
                training(base, root.id(), period));
        return new PeriodReport(period, root.fullName(), tables, changes.ledger(), null);
    }

    /** The counted members on a day missing a field the tables need (学历, 工作岗位, 民族). */
    public List<MissingFields> missingFields(StatsBase base, LocalDate day) {
        Set<Long> inTree = base.tree().all().stream().map(OrgUnit::id).collect(java.util.stream.Collectors.toSet());
        List<MissingFields> out = new ArrayList<>();
        for (MemberState s : statesAt(base, day)) {
            if (!s.counted() || !inTree.contains(s.orgId)) {
                continue;
            }
            var f = s.facts();
            List<String> missing = new ArrayList<>(3);
            if (blank(f.educationCode())) {
                missing.add(messages.get("member.field.EDUCATION"));
            }
            if (blank(f.jobPostCode()) || classify.occupationGroup(f) == null) {
                missing.add(messages.get("member.field.JOB_POST"));
            }
            if (blank(f.ethnicityCode())) {
                missing.add(messages.get("member.field.ETHNICITY"));
            }
            if (!missing.isEmpty()) {
                out.add(new MissingFields(f.id(), f.name(), base.tree().pathName(s.orgId), missing));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
