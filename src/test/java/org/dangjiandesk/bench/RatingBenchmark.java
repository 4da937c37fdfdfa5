package org.dangjiandesk.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.rating.Assessment;
import org.dangjiandesk.logic.rating.AssessmentRow;
import org.dangjiandesk.logic.rating.StarDistribution;
import org.dangjiandesk.logic.sample.SampleOptions;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.StarLevel;

/**
 * Star-rating benchmark, one run on a sample street of N members (100,000 by default; generated once and kept
 * under target/bench-rating): the district-wide star distribution of a quarter (goal under 1 s), the same per
 * branch and per community, and rating a ~50-member branch for a new quarter (open, enter every line, save).
 * Prints medians of warm runs, then one JSON line. {@code mvn -B -q -Pbenchmark-rating verify} (see README).
 */
public final class RatingBenchmark {
    private static final int RUNS = 7;

    private RatingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-rating").toAbsolutePath()
                .resolve("street-" + members);
        Files.createDirectories(dir);
        try (org.dangjiandesk.logic.ServicesSession app = org.dangjiandesk.testutil.TestAccounts.open(dir)) {
            Services s = app.services();
            if (s.setup().isEmpty()) {
                long t = System.nanoTime();
                s.sample().generate(new SampleOptions(members, SampleOptions.DEFAULT_SEED, LocalDate.now()),
                        (done, total) -> { }, () -> false);
                System.out.printf("sample data: %d members in %.1f s (not part of the goals)%n", members,
                        (System.nanoTime() - t) / 1e9);
            }
            Quarter rated = Quarter.of(LocalDate.now()).previous();
            StarDistribution total = s.rating().overview().total(rated);
            int count = total.rated() + total.notRated();
            double district = median(() -> s.rating().overview().total(rated));
            double perBranch = median(() -> s.rating().overview().byBranch(rated));
            double perCommunity = median(() -> s.rating().overview().byCommunity(rated));
            double below = median(() -> s.rating().overview().below(rated, StarLevel.THREE));
            System.out.printf("quarter %s: %d results (%d five-star, %d four, %d three, %d two, %d one, %d exempt)%n",
                    rated, count, total.count(StarLevel.FIVE), total.count(StarLevel.FOUR),
                    total.count(StarLevel.THREE), total.count(StarLevel.TWO), total.count(StarLevel.ONE),
                    total.notRated());
            System.out.printf("district-wide star distribution: %.0f ms (goal < 1000 ms)%n", district);
            System.out.printf("distribution per branch: %.0f ms, per community: %.0f ms, below three stars: %.0f ms%n",
                    perBranch, perCommunity, below);

            // rating one branch of about 50 members for a quarter nobody has rated yet
            OrgUnit branch = biggestBranch(s, rated);
            Quarter fresh = new Quarter(2099, 1);
            Quarter[] next = {fresh};
            double open = median(() -> {
                next[0] = next[0].next();
                return s.rating().assessments().open(branch.id(), next[0]);
            });
            Assessment a = s.rating().assessments().open(branch.id(), next[0].next());
            long t = System.nanoTime();
            for (AssessmentRow row : a.rows()) {
                Map<String, BigDecimal> points = new HashMap<>();
                for (RatingDimension d : a.scheme().dimensions()) {
                    points.put(d.code(), BigDecimal.valueOf(d.maxPoints() * 8L / 10));
                }
                s.rating().assessments().saveRow(a.sheet().id(), row.member(), points, false);
            }
            double enterAll = (System.nanoTime() - t) / 1e6;
            int lines = a.rows().size();
            System.out.printf("rating %s (%d members): open %.0f ms, save all lines %.0f ms (%.1f ms a line)%n",
                    branch.fullName(), lines, open, enterAll, enterAll / Math.max(1, lines));
            System.out.printf("{\"members\":%d,\"results\":%d,\"distributionMs\":%.0f,\"perBranchMs\":%.0f,"
                            + "\"perCommunityMs\":%.0f,\"belowThreeMs\":%.0f,\"branchMembers\":%d,\"openMs\":%.0f,"
                            + "\"saveLineMs\":%.1f}%n", members, count, district, perBranch, perCommunity, below, lines,
                    open, enterAll / Math.max(1, lines));
        }
    }

    private static OrgUnit biggestBranch(Services s, Quarter q) {
        StarDistribution best = null;
        for (StarDistribution d : s.rating().overview().byBranch(q)) {
            int n = d.rated() + d.notRated();
            if (n <= 60 && (best == null || n > best.rated() + best.notRated())) {
                best = d;
            }
        }
        long id = best == null ? 0 : best.orgId();
        return s.orgs().loadTree().get(id);
    }

    /** Median wall time in ms of {@link #RUNS} runs after two warm-up runs. */
    private static double median(Supplier<?> work) {
        work.get();
        work.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }
}
