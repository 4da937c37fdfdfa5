package org.dangjiandesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.sample.SampleOptions;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.TrainingSession;

/**
 * Training benchmark, one run: a sample street of N members (one training session per 50 members in the year, so
 * 2,000 at 100,000), then the data of the below-norm view (goal: under 1 s at 100,000 members and 2,000 sessions),
 * the same for one community, the per-organisation figures, one attendee list's yearly hours, and the report
 * workbook. Prints the first (cold) and the median of 5 warm runs, then one JSON line.
 * {@code mvn -B -q -Pbenchmark-training verify} (see README).
 */
public final class TrainingBenchmark {
    private static final int WARM_RUNS = 5;

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-training").toAbsolutePath();
        LocalDate asOf = LocalDate.of(2026, 11, 22);
        int year = asOf.getYear();
        Files.createDirectories(work);
        try (org.dangjiandesk.logic.ServicesSession app = org.dangjiandesk.testutil.TestAccounts.open(work.resolve("street-" + members))) {
            Services s = app.services();
            if (s.setup().isEmpty()) {
                long t = System.nanoTime();
                s.sample().generate(new SampleOptions(members, SampleOptions.DEFAULT_SEED, asOf), (d, n) -> { }, () -> false);
                System.out.printf("sample data: %d members in %.1f s (not part of the goals)%n", members, secs(t));
            }
            TrainingService training = s.training().sessions();
            List<TrainingSession> sessions = training.sessionsIn(year);
            OrgTree tree = training.tree();
            OrgUnit community = tree.all().stream().filter(o -> o.type() == OrgType.COMMITTEE)
                    .min(java.util.Comparator.comparingLong(OrgUnit::id)).orElseThrow();
            Set<Long> communityIds = tree.subtreeIds(community.id());
            TrainingSession biggest = sessions.get(sessions.size() / 2);

            // the window holds the slim roster already (loaded at start-up); the view adds hours and norms to it
            long tr = System.nanoTime();
            List<org.dangjiandesk.model.RosterEntry> roster = s.roster().loadRoster();
            System.out.printf("roster in memory: %d rows in %.2f s (loaded at start-up, not part of the goal)%n",
                    roster.size(), secs(tr));
            Timing below = time(() -> training.belowNorm(year, null, roster).size());
            Timing belowOne = time(() -> training.belowNorm(year, communityIds, roster).size());
            Timing stats = time(() -> training.orgStats(year, null, roster).size());
            List<Long> attendees = training.attendance(biggest.id()).stream().map(a -> a.memberId()).toList();
            Timing listHours = time(() -> training.yearHours(attendees, year).size());
            Path report = work.resolve("report-" + members + ".xlsx");
            long t = System.nanoTime();
            int reported = s.training().sheets().report(year, null, report);
            double reportSecs = secs(t);
            List<MemberStanding> all = training.standings(year, roster);
            long meeting = all.stream().filter(MemberStanding::meetsNorm).count();

            System.out.printf("members: %d, sessions in %d: %d, below the norm: %d, meeting it: %d%n", all.size(), year,
                    sessions.size(), below.value, meeting);
            System.out.printf("below-norm view data     first %6.3f s  warm median %6.3f s  (goal < 1 s)%n",
                    below.first, below.median);
            System.out.printf("  … one community (%d)   first %6.3f s  warm median %6.3f s  rows %d%n", communityIds.size(),
                    belowOne.first, belowOne.median, belowOne.value);
            System.out.printf("per-organisation figures first %6.3f s  warm median %6.3f s  rows %d%n", stats.first,
                    stats.median, stats.value);
            System.out.printf("yearly hours of %d attendees first %6.3f s  warm median %6.3f s%n", attendees.size(),
                    listHours.first, listHours.median);
            System.out.printf("report workbook (%d rows)  %6.2f s%n", reported, reportSecs);
            System.out.printf(Locale.ROOT, "{\"members\":%d,\"sessions\":%d,\"belowNorm\":%d,\"belowNormFirstSeconds\":%.3f,"
                    + "\"belowNormWarmSeconds\":%.3f,\"communityWarmSeconds\":%.3f,\"orgStatsWarmSeconds\":%.3f,"
                    + "\"attendeeHoursWarmSeconds\":%.3f,\"reportSeconds\":%.2f}%n", all.size(), sessions.size(),
                    below.value, below.first, below.median, belowOne.median, stats.median, listHours.median, reportSecs);
        }
    }

    private record Timing(int value, double first, double median) {
    }

    private static Timing time(Supplier<Integer> work) {
        long t = System.nanoTime();
        int value = work.get();
        double first = secs(t);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            t = System.nanoTime();
            work.get();
            warm.add(secs(t));
        }
        Collections.sort(warm);
        return new Timing(value, first, warm.get(WARM_RUNS / 2));
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
