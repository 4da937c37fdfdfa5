package org.dangjiandesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.excel.stats.StatsWorkbook;
import org.dangjiandesk.logic.sample.SampleOptions;
import org.dangjiandesk.logic.stats.Cover;
import org.dangjiandesk.logic.stats.Dashboard;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.logic.stats.StatsBase;
import org.dangjiandesk.logic.stats.StatsService;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatTable;

/**
 * Statistics benchmark on a sample street of N members (default 100,000; or an existing data folder given as the
 * second argument, e.g. a copy of a large sample): reading every member's facts, the structure table (cold: read
 * and count, as the command line does; warm: counted from facts already read), the dashboard refresh as the
 * screen does it (another organisation or day, facts and the year's training standings already in memory), all
 * tables of a quarter, and the submission pack. Prints first runs, warm medians and one JSON line.
 * {@code mvn -B -q -Pbenchmark-stats verify [-Dbench.members=5000] [-Dbench.data=DIR]} (see README).
 */
public final class StatsBenchmark {
    private static final int RUNS = 5;

    private StatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = args.length > 1 && !args[1].isBlank() ? Path.of(args[1])
                : Path.of("target/bench-stats/street-" + members);
        Files.createDirectories(data);
        try (org.dangjiandesk.logic.ServicesSession app = org.dangjiandesk.testutil.TestAccounts.open(data.toAbsolutePath())) {
            Services s = app.services();
            if (s.setup().isEmpty()) {
                long t = System.nanoTime();
                s.sample().generate(new SampleOptions(members, SampleOptions.DEFAULT_SEED, LocalDate.now()),
                        (done, total) -> { }, () -> false);
                System.out.printf("sample street: %d members in %.1f s%n", members, (System.nanoTime() - t) / 1e9);
            }
            StatsService stats = s.stats().tables();
            StatPeriod quarter = StatPeriod.quarterOf(stats.today()).previousQuarter();
            LocalDate end = quarter.lastDay();

            long t0 = System.nanoTime();
            StatsBase first = stats.load();
            StatTable firstTable = stats.structure(first, StatsService.root(first).id(), end);
            double coldFirst = (System.nanoTime() - t0) / 1e6;
            long root = StatsService.root(first).id();
            int counted = firstTable.total().figure(0);
            int facts = first.facts().size();

            double load = median(stats::load);
            double rosterRead = median(() -> s.roster().loadRoster()); // anchor: the slim roster, same rows
            double cold = median(() -> {
                StatsBase b = stats.load();
                stats.structure(b, root, end);
            });
            StatsBase base = stats.load();
            double warm = median(() -> stats.structure(base, root, end));

            List<RosterEntry> roster = s.training().sessions().loadRoster();
            long ts = System.nanoTime();
            List<MemberStanding> standings = stats.trainingStandings(end.getYear(), roster);
            double standingsMs = (System.nanoTime() - ts) / 1e6;
            List<OrgUnit> units = base.tree().childrenOf(root);
            long community = units.isEmpty() ? root : units.get(0).id();
            long td = System.nanoTime();
            Dashboard d = stats.dashboard(base, root, end, standings);
            double dashFirst = (System.nanoTime() - td) / 1e6;
            int[] i = {0};
            double dashboard = median(() -> {
                // alternate scope and day, as a clerk clicking around would
                long scope = i[0] % 2 == 0 ? root : community;
                stats.dashboard(base, scope, end.minusDays(i[0]++ % 3), standings);
            });
            long tq = System.nanoTime();
            PeriodReport report = stats.compute(base, quarter);
            double period = (System.nanoTime() - tq) / 1e6;
            Path pack = data.resolve("bench-pack.xlsx");
            List<StatsWorkbook.Chart> charts = d.charts().stream()
                    .map(c -> new StatsWorkbook.Chart(c, s.messages().get(c.dimension().titleKey()))).toList();
            long tp = System.nanoTime();
            s.stats().sheets().writePack(report, Cover.blank(report.unitName(), stats.today()), charts,
                    s.stats().charts(), false, pack);
            double packMs = (System.nanoTime() - tp) / 1e6;

            System.out.printf("members (facts) %d, counted on %s: %d%n", facts, end, counted);
            System.out.printf("structure table, first run (read + count)   %8.1f ms%n", coldFirst);
            System.out.printf("read facts, warm median                     %8.1f ms%n", load);
            System.out.printf("anchor: slim roster read, warm median       %8.1f ms%n", rosterRead);
            System.out.printf("structure table (read + count), warm median %8.1f ms%n", cold);
            System.out.printf("structure table from facts, warm median     %8.1f ms%n", warm);
            System.out.printf("training standings of the year (once)       %8.1f ms%n", standingsMs);
            System.out.printf("dashboard refresh, first                    %8.1f ms%n", dashFirst);
            System.out.printf("dashboard refresh, warm median              %8.1f ms%n", dashboard);
            System.out.printf("all tables of %s (once)                %8.1f ms%n", quarter, period);
            System.out.printf("submission pack with charts                 %8.1f ms%n", packMs);
            System.out.printf(Locale.ROOT, "{\"benchmark\":\"stats\",\"members\":%d,\"counted\":%d,"
                            + "\"structureFirstMs\":%.1f,\"readFactsMs\":%.1f,\"rosterReadMs\":%.1f,\"structureColdMs\":%.1f,"
                            + "\"structureWarmMs\":%.1f,\"standingsMs\":%.1f,\"dashboardFirstMs\":%.1f,"
                            + "\"dashboardMs\":%.1f,\"periodTablesMs\":%.1f,\"packMs\":%.1f}%n",
                    facts, counted, coldFirst, load, rosterRead, cold, warm, standingsMs, dashFirst, dashboard, period, packMs);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** One warm-up, then the median of {@link #RUNS} runs, in ms. */
    private static double median(Work w) throws Exception {
        w.run();
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            w.run();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return t[RUNS / 2];
    }
}
