package org.dangjiandesk.gui.rating;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.Assessment;
import org.dangjiandesk.logic.rating.AssessmentRow;
import org.dangjiandesk.logic.rating.AssessmentSheet;
import org.dangjiandesk.logic.rating.QuarterScore;
import org.dangjiandesk.logic.rating.QuotaWarning;
import org.dangjiandesk.logic.rating.RatingException;
import org.dangjiandesk.logic.rating.RatingWorkflow;
import org.dangjiandesk.logic.rating.SchemeRules;
import org.dangjiandesk.logic.rating.Scores;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.RatingSheet;
import org.dangjiandesk.model.SheetState;
import org.dangjiandesk.model.StarLevel;

/**
 * The quarterly assessment of one branch: a grid of members × dimensions whose totals, stars and quota warnings
 * follow every keystroke; a member's line is saved when the clerk leaves it (drafts save as you go); the
 * workflow buttons move the sheet draft → submitted → approved.
 */
public final class AssessmentViewModel {
    private final GuiContext ctx;
    private final Messages messages;
    private final ObservableList<BranchOption> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchOption> branch = new SimpleObjectProperty<>();
    private final StringProperty quarterText = new SimpleStringProperty();
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObservableList<RatingDimension> dimensions = FXCollections.observableArrayList();
    private final ObservableList<ScoreRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SheetState> state = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper history = new ReadOnlyStringWrapper("");
    private Assessment assessment;
    private SchemeRules rules;

    public AssessmentViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        // assessments are keyed in after the quarter ends: start on the last quarter that has ended
        quarterText.set(Quarter.of(LocalDate.now(ctx.services().clock())).previous().toString());
        state.addListener((o, a, b) -> {
            editable.set(b != null && b.isEditable());
            stateText.set(b == null ? "" : messages.get("rating.state", messages.label(b)));
        });
    }

    /** Fills the branch chooser from the organisation tree (active branches, in tree order). */
    public void loadBranches() {
        List<BranchOption> list = new ArrayList<>();
        for (OrgUnit o : ctx.data().orgTree().all()) {
            if (o.type().isBranchLike() && o.isActive()) {
                list.add(new BranchOption(o.id(), o.fullName()));
            }
        }
        branches.setAll(list);
        if (branch.get() == null && !list.isEmpty()) {
            branch.set(list.get(0));
        }
    }

    /** Opens the chosen branch and quarter (a draft is created the first time). */
    public void open() {
        BranchOption b = branch.get();
        Quarter q;
        try {
            q = Quarter.parse(quarterText.get());
        } catch (IllegalArgumentException e) {
            message.set(messages.get("rating.error.quarter", quarterText.get()));
            return;
        }
        if (b == null) {
            return;
        }
        quarterText.set(q.toString());
        commitAll();
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().assessments().open(b.id(), q))
                .title(messages.get("rating.opening"))
                .onSuccess(a -> {
                    show(a);
                    loadHistory();
                }));
    }

    private void show(Assessment a) {
        assessment = a;
        rules = new SchemeRules(a.scheme());
        dimensions.setAll(a.scheme().dimensions());
        List<ScoreRow> list = new ArrayList<>(a.rows().size());
        for (AssessmentRow r : a.rows()) {
            ScoreRow row = new ScoreRow(r.member(), r.ledger(), dimensions.size());
            for (int i = 0; i < dimensions.size(); i++) {
                BigDecimal p = r.points().get(dimensions.get(i).code());
                row.cell(i).set(p == null ? "" : Scores.format(p));
            }
            row.exemptProperty().set(r.exempt());
            recompute(row);
            for (int i = 0; i < dimensions.size(); i++) {
                row.cell(i).addListener((o, x, y) -> changed(row));
            }
            row.exemptProperty().addListener((o, x, y) -> {
                changed(row);
                commit(row);
            });
            list.add(row);
        }
        rows.setAll(list);
        state.set(a.sheet().state());
        message.set("");
        updateWarnings();
        loaded.set(true);
    }

    private void changed(ScoreRow row) {
        row.setDirty(true);
        recompute(row);
        updateWarnings();
    }

    /** Parses the row's texts, marks wrong ones, and shows the live total and star. */
    private void recompute(ScoreRow row) {
        Map<String, BigDecimal> points = new HashMap<>();
        String problem = null;
        for (int i = 0; i < dimensions.size(); i++) {
            RatingDimension d = dimensions.get(i);
            try {
                BigDecimal p = Scores.parse(row.cell(i).get());
                if (p != null) {
                    points.put(d.code(), rules.checkPoints(d, p));
                }
                row.invalidProperty(i).set(false);
            } catch (RatingException e) {
                row.invalidProperty(i).set(true);
                problem = ctx.errors().describe(e);
            }
        }
        QuarterScore s = rules.score(points, row.ledger(), row.exemptProperty().get());
        String total = s.exempt() ? messages.get("rating.sheet.exempt")
                : points.isEmpty() ? "" : Scores.format(s.total());
        row.show(s, total, s.star() == null ? "" : s.star().symbols());
        if (problem != null) {
            message.set(problem);
        }
    }

    private void updateWarnings() {
        List<StarLevel> stars = rows.stream().map(r -> r.score() == null ? null : r.score().star()).toList();
        List<String> lines = new ArrayList<>();
        for (QuotaWarning w : rules.quotaWarnings(stars)) {
            lines.add(messages.get("rating.quota.warning", messages.label(w.star()), w.count(), w.maxPercent(),
                    w.allowed()));
        }
        warnings.set(String.join("\n", lines));
        long rated = stars.stream().filter(s -> s != null).count();
        long exempt = rows.stream().filter(r -> r.exemptProperty().get()).count();
        summary.set(messages.get("rating.summary", rows.size(), rated, exempt));
    }

    /** Saves a line the clerk has left, if it changed and every value in it is right. */
    public void commit(ScoreRow row) {
        if (assessment == null || !editable.get() || !row.isDirty() || row.hasInvalidCell()) {
            return;
        }
        Map<String, BigDecimal> points = new HashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            BigDecimal p = Scores.parse(row.cell(i).get());
            if (p != null) {
                points.put(dimensions.get(i).code(), p);
            }
        }
        boolean exempt = row.exemptProperty().get();
        long sheetId = assessment.sheet().id();
        row.setDirty(false);
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().assessments()
                        .saveRow(sheetId, row.member(), points, exempt))
                .onSuccess(s -> message.set(messages.get("rating.saved", row.name())))
                .onFailure(t -> {
                    row.setDirty(true);
                    message.set(ctx.errors().describe(t));
                }));
    }

    /** Saves every line with unsaved typing. */
    public void commitAll() {
        rows.forEach(this::commit);
    }

    /**
     * Pastes a block copied from Excel (rows by line, columns by tab) starting at a cell; lines beyond the last
     * member and columns beyond the last dimension are ignored. Each changed line is saved.
     *
     * @return the number of cells filled
     */
    public int paste(int rowIndex, int dimension, String text) {
        if (!editable.get() || text == null) {
            return 0;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int n = lines.length;
        while (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        int filled = 0;
        for (int i = 0; i < n && rowIndex + i < rows.size(); i++) {
            ScoreRow row = rows.get(rowIndex + i);
            String[] values = lines[i].split("\t", -1);
            for (int j = 0; j < values.length && dimension + j < dimensions.size(); j++) {
                row.cell(dimension + j).set(values[j].strip());
                filled++;
            }
            commit(row);
        }
        return filled;
    }

    /** Takes a workflow step; returning or reopening asks for a reason. */
    public void step(RatingWorkflow step) {
        if (assessment == null) {
            return;
        }
        String actor = operator.get() == null ? "" : operator.get().strip();
        if (actor.isEmpty()) {
            ctx.dialogs().showError(messages.get("rating.error.operator"));
            return;
        }
        String reason = null;
        if (step.needsReason()) {
            Optional<String> r = ctx.dialogs().askText(messages.label(step), messages.get("rating.reason"), "");
            if (r.isEmpty()) {
                return;
            }
            reason = r.get();
        }
        commitAll();
        long sheetId = assessment.sheet().id();
        String why = reason;
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().assessments()
                        .step(sheetId, step, actor, why))
                .onSuccess((RatingSheet s) -> {
                    state.set(s.state());
                    message.set(messages.get("rating.stepDone", messages.label(step)));
                    loadHistory();
                }));
    }

    /** The workflow steps taken so far, newest last (who, when, why), for the line under the grid. */
    private void loadHistory() {
        long sheetId = assessment.sheet().id();
        java.time.ZoneId zone = ctx.services().clock().getZone();
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().assessments().log(sheetId))
                .onSuccess(log -> history.set(String.join("；", log.stream().map(e -> messages.get(
                        e.reason() == null ? "rating.history" : "rating.historyWithReason",
                        f.format(e.at().atZone(zone)), e.actor(),
                        RatingWorkflow.between(e.from(), e.to()).map(messages::label).orElse(messages.label(e.to())),
                        e.reason() == null ? "" : e.reason())).toList()))));
    }

    /** The sheet as shown now (typed values, live totals), for printing or export. */
    public AssessmentSheet sheet(boolean blank) {
        List<AssessmentRow> current = new ArrayList<>();
        for (ScoreRow r : rows) {
            Map<String, BigDecimal> points = new HashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                if (!r.invalidProperty(i).get()) {
                    BigDecimal p = Scores.parse(r.cell(i).get());
                    if (p != null) {
                        points.put(dimensions.get(i).code(), p);
                    }
                }
            }
            current.add(new AssessmentRow(r.member(), points, r.exemptProperty().get(), r.ledger()));
        }
        return AssessmentSheet.of(new Assessment(assessment.sheet(), assessment.scheme(), assessment.org(), current),
                blank, messages);
    }

    /** Writes the sheet as .xlsx in the background. */
    public void export(Path out, boolean blank) {
        if (assessment == null) {
            return;
        }
        AssessmentSheet s = sheet(blank);
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().sheets().write(s, out))
                .title(messages.get("rating.exporting"))
                .onSuccess(n -> ctx.dialogs().showInfo(messages.get("rating.exported", out.toAbsolutePath()))));
    }

    public boolean hasAssessment() {
        return assessment != null;
    }

    public GuiContext context() {
        return ctx;
    }

    public ObservableList<BranchOption> branches() {
        return branches;
    }

    public ObjectProperty<BranchOption> branchProperty() {
        return branch;
    }

    public StringProperty quarterTextProperty() {
        return quarterText;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public ObservableList<RatingDimension> dimensions() {
        return dimensions;
    }

    public ObservableList<ScoreRow> rows() {
        return rows;
    }

    public ObjectProperty<SheetState> stateProperty() {
        return state;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyProperty() {
        return history.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
