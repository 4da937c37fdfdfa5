package org.dangjiandesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.brand.BrandFilter;
import org.dangjiandesk.logic.brand.EvaluationScoring;
import org.dangjiandesk.logic.brand.ProjectResult;
import org.dangjiandesk.logic.sample.SampleOptions;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.Score;

/**
 * Brand-project benchmark, one run on a sample street of N members (default 100,000): the board (overview of all
 * projects), the summary workbook, the sample round's results and its two sheets, and the scoring arithmetic of a
 * large synthetic round (300 projects × 15 judges × 4 criteria). Prints warm medians and one JSON line.
 * {@code mvn -B -q -Pbenchmark-brand verify [-Dbench.members=5000]} (see README).
 */
public final class BrandBenchmark {
    private static final int RUNS = 5;

    private BrandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-brand").toAbsolutePath();
        Path data = work.resolve("street-" + members);
        Files.createDirectories(work);
        double sampleSecs = -1;
        try (org.dangjiandesk.logic.ServicesSession app = org.dangjiandesk.testutil.TestAccounts.open(data)) {
            Services s = app.services();
            if (s.setup().isEmpty()) {
                long t = System.nanoTime();
                s.sample().generate(new SampleOptions(members, SampleOptions.DEFAULT_SEED, LocalDate.now()),
                        (done, total) -> { }, () -> false);
                sampleSecs = (System.nanoTime() - t) / 1e9;
                System.out.printf("sample street: %d members in %.1f s (brand part: see the log line)%n", members,
                        sampleSecs);
            }
            int projects = s.brand().projects().rows(BrandFilter.ALL).size();
            long round = s.brand().evaluations().rounds().get(0).id();
            double overview = median(() -> s.brand().projects().overview(BrandFilter.ALL, "其他"));
            double summary = median(() -> s.brand().sheets().summary(null, work.resolve("summary.xlsx"), Progress.NONE));
            double results = median(() -> s.brand().evaluations().results(round));
            double resultsSheet = median(() -> s.brand().sheets().results(round, work.resolve("results.xlsx")));
            double scoreSheet = median(() -> s.brand().sheets().scoreSheet(round, work.resolve("scores.xlsx")));
            double scoring = median(BrandBenchmark::largeRound);
            System.out.printf("projects %d%n", projects);
            System.out.printf("board (overview of all projects)  %7.1f ms%n", overview);
            System.out.printf("summary workbook                  %7.1f ms%n", summary);
            System.out.printf("round results (from the database) %7.1f ms%n", results);
            System.out.printf("results sheet                     %7.1f ms%n", resultsSheet);
            System.out.printf("blank score sheet                 %7.1f ms%n", scoreSheet);
            System.out.printf("scoring 300 projects x 15 judges  %7.1f ms%n", scoring);
            System.out.printf(Locale.ROOT, "{\"benchmark\":\"brand\",\"members\":%d,\"projects\":%d,\"sampleSeconds\":%.1f,"
                            + "\"overviewMs\":%.1f,\"summaryMs\":%.1f,\"resultsMs\":%.1f,\"resultsSheetMs\":%.1f,"
                            + "\"scoreSheetMs\":%.1f,\"scoring300x15Ms\":%.1f}%n", members, projects, sampleSecs,
                    overview, summary, results, resultsSheet, scoreSheet, scoring);
        }
    }

    /** 300 projects, 15 judges, 4 criteria: 18,000 scores. */
    private static List<ProjectResult> largeRound() {
        List<EvaluationCriterion> criteria = List.of(new EvaluationCriterion(1L, "创新性", 30),
                new EvaluationCriterion(2L, "实效性", 30), new EvaluationCriterion(3L, "群众受惠面", 25),
                new EvaluationCriterion(4L, "可复制性", 15));
        List<Judge> judges = new ArrayList<>();
        for (long j = 1; j <= 15; j++) {
            judges.add(new Judge(j, "评委" + j));
        }
        List<Long> projects = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (long p = 1; p <= 300; p++) {
            projects.add(p);
            for (Judge j : judges) {
                for (EvaluationCriterion c : criteria) {
                    scores.add(new Score(j.id(), p, c.id(), 60 + (p * 7 + j.id() * 3 + c.id()) % 40));
                }
            }
        }
        return EvaluationScoring.results(new EvaluationRound(1L, "bench", 2026, null, true, AwardRule.TOP_RANKS, 30, 0,
                criteria, judges, projects), scores);
    }

    private interface Work {
        Object run() throws Exception;
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
