package org.dangjiandesk.gui.brand;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.logic.brand.EvaluationService;
import org.dangjiandesk.logic.brand.ProjectResult;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.Score;

/**
 * 展评: set up a round (judges, weighted criteria, the year's running projects), key in each judge's points in a
 * grid, see the ranking with ties and awards, and print the blank score sheet and the results table.
 */
public final class EvaluationViewModel {

    /** A results line as shown. */
    public record ResultLine(String rank, String project, String score, String award) {
    }

    private final GuiContext ctx;
    private final Messages messages;
    private final EvaluationService evaluations;
    private Runnable onProjectsChanged = () -> { };

    final ObservableList<EvaluationRound> rounds = FXCollections.observableArrayList();
    final ObjectProperty<EvaluationRound> round = new SimpleObjectProperty<>();
    final ObservableList<Judge> judges = FXCollections.observableArrayList();
    final ObjectProperty<Judge> judge = new SimpleObjectProperty<>();
    /** The projects of the round, in grid order. */
    final ObservableList<BrandProject> projects = FXCollections.observableArrayList();
    /** Points by "judge:project:criterion". */
    final Map<String, Double> points = new HashMap<>();
    final ObservableList<ResultLine> results = FXCollections.observableArrayList();
    /** Bumped whenever the grid must be rebuilt. */
    final ObjectProperty<Object> gridVersion = new SimpleObjectProperty<>(new Object());

    final StringProperty roundName = new SimpleStringProperty("");
    final StringProperty roundYear = new SimpleStringProperty("");
    final StringProperty roundJudges = new SimpleStringProperty("");
    final StringProperty roundCriteria = new SimpleStringProperty("");
    final BooleanProperty dropExtremes = new SimpleBooleanProperty(true);
    final ObservableList<Choice<AwardRule>> awardRules = FXCollections.observableArrayList();
    final ObjectProperty<Choice<AwardRule>> awardRule = new SimpleObjectProperty<>();
    final StringProperty awardValue = new SimpleStringProperty("3");

    public EvaluationViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.evaluations = ctx.services().brand().evaluations();
        for (AwardRule r : AwardRule.values()) {
            awardRules.add(new Choice<>(r, messages.label(r)));
        }
        awardRule.set(awardRules.get(0));
        int year = LocalDate.now(ctx.services().clock()).getYear();
        roundYear.set(String.valueOf(year));
        roundName.set(messages.get("brand.round.defaultName", String.valueOf(year)));
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < EvaluationService.DEFAULT_CRITERIA_KEYS.size(); i++) {
            if (i > 0) {
                c.append(messages.get("brand.listSeparator"));
            }
            c.append(messages.get(EvaluationService.DEFAULT_CRITERIA_KEYS.get(i))).append(' ')
                    .append(EvaluationService.DEFAULT_WEIGHTS.get(i).intValue());
        }
        roundCriteria.set(c.toString());
        round.addListener((o, was, now) -> openRound(now));
        judge.addListener((o, was, now) -> gridVersion.set(new Object()));
    }

    public GuiContext context() {
        return ctx;
    }

    /** Called after project statuses changed here (entering 展评, 命名授牌), so the board can reload. */
    public void setOnProjectsChanged(Runnable r) {
        onProjectsChanged = r;
    }

    public void load() {
        ctx.executor().execute(BackgroundTask.of(p -> evaluations.rounds())
                .onSuccess(list -> {
                    rounds.setAll(list);
                    if (!list.isEmpty() && round.get() == null) {
                        round.set(list.get(0));
                    }
                })
                .onFailure(ctx::showFailure));
    }

    /** Creates a round from the form with all projects of the year that are 实施中 or in 展评. */
    public void createRound() {
        int year;
        double value;
        try {
            year = Integer.parseInt(roundYear.get().strip());
            value = Double.parseDouble(awardValue.get().strip());
        } catch (NumberFormatException e) {
            ctx.dialogs().showError(messages.get("brand.error.number", messages.get("brand.round.numbers")));
            return;
        }
        List<EvaluationCriterion> criteria = new ArrayList<>();
        for (String part : roundCriteria.get().split("[、,，;；]")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            int space = t.lastIndexOf(' ');
            try {
                criteria.add(new EvaluationCriterion(null, t.substring(0, space).strip(),
                        Double.parseDouble(t.substring(space + 1))));
            } catch (RuntimeException e) {
                ctx.dialogs().showError(messages.get("brand.error.round.badCriterion", t));
                return;
            }
        }
        List<Judge> js = new ArrayList<>();
        for (String n : roundJudges.get().split("[、,，;；\\s]+")) {
            if (!n.isBlank()) {
                js.add(new Judge(null, n.strip()));
            }
        }
        AwardRule rule = awardRule.get().value();
        String name = roundName.get();
        boolean drop = dropExtremes.get();
        ctx.executor().execute(BackgroundTask.of(p -> {
                    List<Long> ids = evaluations.candidates(year).stream().map(BrandProject::id).toList();
                    return evaluations.create(new EvaluationRound(null, name, year, LocalDate.now(ctx.services().clock()),
                            drop, rule, rule == AwardRule.TOP_RANKS ? (int) value : 0,
                            rule == AwardRule.THRESHOLD ? value : 0, criteria, js, ids));
                })
                .onSuccess(created -> {
                    rounds.add(0, created);
                    round.set(created);
                    onProjectsChanged.run();
                })
                .onFailure(ctx::showFailure));
    }

    private record Opened(List<BrandProject> projects, List<Score> scores, List<ProjectResult> results) {
    }

    private void openRound(EvaluationRound r) {
        if (r == null) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> new Opened(
                        r.projectIds().stream().map(ctx.services().brand().projects()::project).toList(),
                        evaluations.scores(r.id()), evaluations.results(r.id())))
                .onSuccess(o -> {
                    projects.setAll(o.projects());
                    points.clear();
                    for (Score s : o.scores()) {
                        points.put(key(s.judgeId(), s.projectId(), s.criterionId()), s.points());
                    }
                    judges.setAll(r.judges());
                    judge.set(r.judges().isEmpty() ? null : r.judges().get(0));
                    showResults(o.results());
                    gridVersion.set(new Object());
                })
                .onFailure(ctx::showFailure));
    }

    /** The points in the grid for a cell, as text ("" when none). */
    String pointsText(long projectId, long criterionId) {
        Judge j = judge.get();
        Double v = j == null ? null : points.get(key(j.id(), projectId, criterionId));
        return v == null ? "" : format(v);
    }

    /** The judge's weighted total for a project, or "" while criteria are missing. */
    String totalText(long projectId) {
        Judge j = judge.get();
        EvaluationRound r = round.get();
        if (j == null || r == null) {
            return "";
        }
        double sum = 0;
        double weights = 0;
        for (EvaluationCriterion c : r.criteria()) {
            Double v = points.get(key(j.id(), projectId, c.id()));
            if (v == null) {
                return "";
            }
            sum += v * c.weight();
            weights += c.weight();
        }
        return weights == 0 ? "" : String.format(Locale.ROOT, "%.2f", sum / weights);
    }

    /**
     * Keys in one cell of the grid; blank clears it. Returns false (and says why) when the text is not 0–100, so
     * the grid can keep the focus on the cell.
     */
    public boolean enter(long projectId, long criterionId, String text) {
        Judge j = judge.get();
        EvaluationRound r = round.get();
        if (j == null || r == null) {
            return false;
        }
        Double v;
        try {
            v = text == null || text.isBlank() ? null : Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            ctx.dialogs().showError(messages.get("brand.error.score.range", text));
            return false;
        }
        if (v != null && (v < 0 || v > 100)) {
            ctx.dialogs().showError(messages.get("brand.error.score.range", text));
            return false;
        }
        String k = key(j.id(), projectId, criterionId);
        if (java.util.Objects.equals(points.get(k), v)) {
            return true;
        }
        if (v == null) {
            points.remove(k);
        } else {
            points.put(k, v);
        }
        long roundId = r.id();
        ctx.executor().execute(BackgroundTask.of(p -> {
                    evaluations.score(j.id(), projectId, criterionId, v);
                    return evaluations.results(roundId);
                })
                .onSuccess(this::showResults)
                .onFailure(ctx::showFailure));
        return true;
    }

    private void showResults(List<ProjectResult> list) {
        Map<Long, String> names = new HashMap<>();
        for (BrandProject p : projects) {
            names.put(p.id(), p.name());
        }
        List<ResultLine> lines = new ArrayList<>();
        for (ProjectResult r : list) {
            String rank = r.rank() == 0 ? "—" : r.tied() ? messages.get("brand.results.tiedRank", r.rank())
                    : String.valueOf(r.rank());
            lines.add(new ResultLine(rank, names.getOrDefault(r.projectId(), "#" + r.projectId()),
                    r.score() == null ? messages.get("brand.results.unscored") : format2(r.score()),
                    r.awarded() ? messages.get("brand.results.awarded") : ""));
        }
        results.setAll(lines);
    }

    /** After a confirmation, records 命名授牌 for every project the results award. */
    public void applyAwards() {
        EvaluationRound r = round.get();
        if (r == null || !ctx.dialogs().confirm(messages.get("brand.round.applyAwards.confirm", r.name()))) {
            return;
        }
        LocalDate today = LocalDate.now(ctx.services().clock());
        ctx.executor().execute(BackgroundTask.of(p -> evaluations.applyAwards(r.id(), today))
                .onSuccess(n -> {
                    onProjectsChanged.run();
                    ctx.dialogs().showInfo(messages.get("brand.round.applyAwards.done", n));
                })
                .onFailure(ctx::showFailure));
    }

    public void exportScoreSheet(Path out) {
        EvaluationRound r = round.get();
        if (r == null) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().brand().sheets().scoreSheet(r.id(), out))
                .onSuccess(n -> ctx.dialogs().showInfo(messages.get("brand.exported.sheet", out.toAbsolutePath())))
                .onFailure(ctx::showFailure));
    }

    public void exportResults(Path out) {
        EvaluationRound r = round.get();
        if (r == null) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().brand().sheets().results(r.id(), out))
                .onSuccess(n -> ctx.dialogs().showInfo(messages.get("brand.exported.sheet", out.toAbsolutePath())))
                .onFailure(ctx::showFailure));
    }

    static String key(long judge, long project, long criterion) {
        return judge + ":" + project + ":" + criterion;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String format2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
