package org.dangjiandesk.gui.roster;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.Pulses;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RosterEntry;

/**
 * The hidden {@code --benchmark} run: once the roster is shown, it times startup, the heap the loaded roster
 * needs, and 50 searches typed into the roster's search box (pinyin initials, surnames, name fragments, ID tails,
 * phone fragments, taken from the data itself). Each search is timed from setting the text to the table's items
 * being updated; the table renders between searches, as it would for a clerk. Prints one JSON line to stdout:
 * <pre>{"members":N,"loginShownMs":..,"afterLoginMs":..,"startupMs":..,"fullRosterMs":..,"searchMedianMs":..,"searchP95Ms":..,"heapAfterLoadMb":..}</pre>
 * The login comes from the environment's credentials and is submitted {@link #TYPING_MS} after the login screen
 * shows, as a clerk types it. {@code loginShownMs}: JVM start to the login screen on screen; {@code afterLoginMs}:
 * the login submitted to the roster's first rows on screen (what a clerk waits after pressing Enter);
 * {@code startupMs}: the two together (the machine's part, the typing pause left out); {@code fullRosterMs}: the
 * same to the whole roster loaded and searchable. Then it closes the app.
 */
public final class RosterBenchmark {
    static final int SEARCHES = 50;
    /** How long the benchmark "types" the password after the login screen shows ({@code -Dbenchmark.typingMs}). */
    public static final int TYPING_MS = Integer.getInteger("benchmark.typingMs", 3_000);
    private static final Duration BETWEEN_SEARCHES = Duration.millis(40);

    private final Scene scene;
    private final Runnable exit;
    private RosterView view;
    private long startupMs;
    private double heapMb;
    private List<String> queries;
    private final List<Double> timesMs = new ArrayList<>();
    private long changedAt;

    private RosterBenchmark(Scene scene, Runnable exit) {
        this.scene = scene;
        this.exit = exit;
    }

    /** JVM start to the window showing the roster's first rows; -1 until then. */
    private static volatile long firstRowsMs = -1;

    /** JVM start to the login screen laid out on screen, and to the login being submitted; -1 until then. */
    private static volatile long loginShownMs = -1;
    private static volatile long loginSubmittedMs = -1;

    /** Call once the login screen has been laid out on screen. */
    public static void loginShown() {
        loginShownMs = sinceJvmStart();
    }

    /** Call when the login is submitted ({@link #TYPING_MS} after the login screen shows). */
    public static void loginSubmitted() {
        loginSubmittedMs = sinceJvmStart();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Call once the roster screen's first page has been laid out on screen. */
    public static void firstRowsShown() {
        firstRowsMs = sinceJvmStart();
    }

    /** Call when the whole roster is loaded and shown; the measurement starts with the next layout pulse. */
    public static void start(Scene scene, Runnable exit) {
        RosterBenchmark b = new RosterBenchmark(scene, exit);
        Pulses.afterNextLayout(scene, b::rosterShown);
    }

    private void rosterShown() {
        startupMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        view = RosterView.find(scene).orElseThrow(() -> new IllegalStateException("roster not shown"));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
        queries = queries(view.viewModel().context().data().roster(), new Random(20261122));
        view.table().getItems().addListener((ListChangeListener<RosterEntry>) c -> changedAt = System.nanoTime());
        next(0);
    }

    private void next(int i) {
        if (i >= queries.size()) {
            finish();
            return;
        }
        PauseTransition pause = new PauseTransition(BETWEEN_SEARCHES);
        pause.setOnFinished(e -> {
            changedAt = 0;
            long t0 = System.nanoTime();
            view.viewModel().searchTextProperty().set(queries.get(i));
            long end = changedAt != 0 ? System.nanoTime() : t0; // items are updated synchronously
            timesMs.add((end - t0) / 1_000_000.0);
            next(i + 1);
        });
        pause.play();
    }

    /**
     * After the searches: the district-wide star distribution of the last ended quarter, as 星级评定 computes it,
     * timed in the background (median of 5, after one cold call that is reported too).
     */
    private void finish() {
        var ctx = view.viewModel().context();
        Quarter quarter = Quarter.of(ctx.services().clock().instant().atZone(ctx.services().clock().getZone())
                .toLocalDate()).previous();
        ctx.executor().execute(BackgroundTask.of(p -> {
            var overview = ctx.services().rating().overview();
            long t = System.nanoTime();
            overview.total(quarter);
            double cold = (System.nanoTime() - t) / 1e6;
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                t = System.nanoTime();
                overview.total(quarter);
                warm.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(warm);
            return new double[] {cold, warm.get(2)};
        }).onSuccess(d -> report(d[0], d[1])));
    }

    private void report(double distributionColdMs, double distributionMs) {
        List<Double> sorted = new ArrayList<>(timesMs);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.println(String.format(Locale.ROOT,
                "{\"members\":%d,\"loginShownMs\":%d,\"afterLoginMs\":%d,\"startupMs\":%d,\"fullRosterMs\":%d,"
                        + "\"searchMedianMs\":%.2f,\"searchP95Ms\":%.2f,"
                        + "\"heapAfterLoadMb\":%.1f,\"starDistributionFirstMs\":%.1f,\"starDistributionMs\":%.1f}",
                view.viewModel().context().data().roster().size(), loginShownMs, firstRowsMs - loginSubmittedMs,
                loginShownMs + firstRowsMs - loginSubmittedMs, startupMs - (loginSubmittedMs - loginShownMs), median, p95, heapMb,
                distributionColdMs, distributionMs));
        System.out.flush();
        exit.run();
    }

    /** Four digits from the middle or the end of a mobile number (the ID tail when there is none). */
    private static String phoneFragment(String phone, int shift, RosterEntry e) {
        if (phone == null || phone.length() != 11) {
            return e.idNumber().substring(e.idNumber().length() - 4);
        }
        int from = 3 + shift;
        return phone.substring(from, from + 4);
    }

    /** A realistic mix of what clerks type, drawn from the roster so every query finds someone. */
    static List<String> queries(List<RosterEntry> roster, Random random) {
        List<String> out = new ArrayList<>(SEARCHES);
        if (roster.isEmpty()) {
            for (int i = 0; i < SEARCHES; i++) {
                out.add(i % 2 == 0 ? "zjg" : "1234");
            }
            return out;
        }
        for (int i = 0; i < SEARCHES; i++) {
            RosterEntry e = roster.get(random.nextInt(roster.size()));
            String initials = e.nameKeys().pinyinInitials();
            String phone = e.mobilePhone();
            String q = switch (i % 5) {
                case 0 -> initials.substring(0, Math.min(initials.length(), 2 + random.nextInt(2)));
                case 1 -> e.name().substring(0, 1);
                case 2 -> e.name().length() > 1 ? e.name().substring(1) : e.name();
                case 3 -> e.idNumber().substring(e.idNumber().length() - 4);
                default -> phoneFragment(phone, random.nextInt(4), e);
            };
            out.add(q.isEmpty() ? "zjg" : q);
        }
        return out;
    }
}
