package org.dangjiandesk.gui.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.RatingException;
import org.dangjiandesk.logic.rating.SchemeService.SchemeInfo;
import org.dangjiandesk.logic.rating.Scores;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.AppraisalRule;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.QuotaCap;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.model.StarRange;

/**
 * The scheme editor: every rule of a scheme as editable text. A scheme in use is shown read-only; 复制 makes an
 * editable copy (which then becomes the scheme for new assessments of its year).
 */
public final class SchemeViewModel {

    /** One editable dimension line. */
    public record DimensionRow(String code, StringProperty name, StringProperty max) {
    }

    private final GuiContext ctx;
    private final Messages messages;
    private final ObservableList<SchemeInfo> schemes = FXCollections.observableArrayList();
    private final ObjectProperty<SchemeInfo> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final ObservableList<DimensionRow> dimensions = FXCollections.observableArrayList();
    private final Map<PointCategory, StringProperty> categoryCaps = new EnumMap<>(PointCategory.class);
    private final StringProperty bonusCap = new SimpleStringProperty("");
    private final StringProperty deductionCap = new SimpleStringProperty("");
    private final Map<StarLevel, StringProperty> ranges = new EnumMap<>(StarLevel.class);
    private final Map<StarLevel, StringProperty> quotas = new EnumMap<>(StarLevel.class);
    private final BooleanProperty exemptFrail = new SimpleBooleanProperty();
    private final Map<AppraisalGrade, StringProperty> gradePoints = new EnumMap<>(AppraisalGrade.class);
    private final Map<AppraisalGrade, StringProperty> gradeCeilings = new EnumMap<>(AppraisalGrade.class);
    private int nextCode = 1;

    public SchemeViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        for (PointCategory c : PointCategory.values()) {
            categoryCaps.put(c, new SimpleStringProperty(""));
        }
        for (StarLevel s : StarLevel.values()) {
            ranges.put(s, new SimpleStringProperty(""));
            quotas.put(s, new SimpleStringProperty(""));
        }
        for (AppraisalGrade g : AppraisalGrade.values()) {
            gradePoints.put(g, new SimpleStringProperty(""));
            gradeCeilings.put(g, new SimpleStringProperty(""));
        }
        selected.addListener((o, a, b) -> show(b));
    }

    /** Reloads the list; the year's scheme is created from the default if there is none yet. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().scheme().id();
        int thisYear = java.time.LocalDate.now(ctx.services().clock()).getYear();
        ctx.executor().execute(BackgroundTask.of(p -> {
            ctx.services().rating().schemes().forYear(thisYear);
            return ctx.services().rating().schemes().list();
        }).onSuccess(list -> {
            schemes.setAll(list);
            SchemeInfo pick = list.stream().filter(i -> keep != null && keep.equals(i.scheme().id())).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            selected.set(null);
            selected.set(pick);
        }));
    }

    private void show(SchemeInfo info) {
        if (info == null) {
            editable.set(false);
            return;
        }
        RatingScheme s = info.scheme();
        editable.set(!info.inUse());
        name.set(s.name());
        year.set(String.valueOf(s.year()));
        List<DimensionRow> rows = new ArrayList<>();
        for (RatingDimension d : s.dimensions()) {
            rows.add(new DimensionRow(d.code(), new SimpleStringProperty(d.name()),
                    new SimpleStringProperty(String.valueOf(d.maxPoints()))));
        }
        dimensions.setAll(rows);
        categoryCaps.forEach((c, p) -> p.set(text(s.bonusCaps().get(c))));
        bonusCap.set(text(s.bonusCap()));
        deductionCap.set(text(s.deductionCap()));
        ranges.forEach((star, p) -> p.set(s.ranges().stream().filter(r -> r.star() == star).findFirst()
                .map(r -> text(r.minScore())).orElse("")));
        quotas.forEach((star, p) -> p.set(s.quotas().stream().filter(q -> q.star() == star).findFirst()
                .map(q -> String.valueOf(q.maxPercent())).orElse("")));
        exemptFrail.set(s.exemptFrail());
        gradePoints.forEach((g, p) -> p.set(s.appraisalRule(g).map(r -> text(r.points())).orElse("")));
        gradeCeilings.forEach((g, p) -> p.set(s.appraisalRule(g).map(r -> String.valueOf(r.ceiling().stars()))
                .orElse("")));
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : Scores.format(v);
    }

    public void addDimension() {
        dimensions.add(new DimensionRow("D" + System.currentTimeMillis() % 100000 + nextCode++,
                new SimpleStringProperty(""), new SimpleStringProperty("10")));
    }

    public void removeDimension(DimensionRow row) {
        dimensions.remove(row);
    }

    /** The scheme as edited; refuses text that is not a number. */
    public RatingScheme edited() {
        SchemeInfo info = selected.get();
        List<RatingDimension> dims = new ArrayList<>();
        for (DimensionRow d : dimensions) {
            dims.add(new RatingDimension(d.code(), d.name().get().strip(), integer(d.max().get())));
        }
        Map<PointCategory, BigDecimal> caps = new EnumMap<>(PointCategory.class);
        categoryCaps.forEach((c, p) -> {
            BigDecimal v = Scores.parse(p.get());
            if (v != null) {
                caps.put(c, v);
            }
        });
        List<StarRange> rangeList = new ArrayList<>();
        ranges.forEach((s, p) -> {
            BigDecimal v = Scores.parse(p.get());
            if (v != null) {
                rangeList.add(new StarRange(s, v));
            }
        });
        List<QuotaCap> quotaList = new ArrayList<>();
        quotas.forEach((s, p) -> {
            if (p.get() != null && !p.get().isBlank()) {
                quotaList.add(new QuotaCap(s, integer(p.get())));
            }
        });
        List<AppraisalRule> rules = new ArrayList<>();
        for (AppraisalGrade g : AppraisalGrade.values()) {
            BigDecimal pts = Scores.parse(gradePoints.get(g).get());
            String ceiling = gradeCeilings.get(g).get();
            if (pts != null || (ceiling != null && !ceiling.isBlank())) {
                rules.add(new AppraisalRule(g, pts == null ? BigDecimal.ZERO : pts,
                        ceiling == null || ceiling.isBlank() ? StarLevel.FIVE : StarLevel.ofStars(integer(ceiling))));
            }
        }
        BigDecimal bonus = Scores.parse(bonusCap.get());
        BigDecimal deduction = Scores.parse(deductionCap.get());
        return new RatingScheme(info == null ? null : info.scheme().id(), integer(year.get()), name.get().strip(),
                dims, caps, bonus == null ? BigDecimal.ZERO : bonus, deduction == null ? BigDecimal.ZERO : deduction,
                rangeList, quotaList, exemptFrail.get(), rules);
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new RatingException("rating.error.notNumber", s == null ? "" : s.strip());
        }
    }

    public void save() {
        RatingScheme s;
        try {
            s = edited();
        } catch (RatingException | IllegalArgumentException e) {
            ctx.dialogs().showError(ctx.errors().describe(e));
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().schemes().save(s))
                .onSuccess(saved -> {
                    ctx.dialogs().showInfo(messages.get("rating.scheme.saved", saved.name()));
                    refresh();
                }));
    }

    /** Copies the selected scheme under a new name (asked for). */
    public void copy() {
        SchemeInfo info = selected.get();
        if (info == null) {
            return;
        }
        Optional<String> newName = ctx.dialogs().askText(messages.get("rating.scheme.copy"),
                messages.get("rating.scheme.copyName"), messages.get("rating.scheme.copyDefault", info.scheme().name()));
        if (newName.isEmpty() || newName.get().isBlank()) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().schemes()
                        .copy(info.scheme().id(), info.scheme().year(), newName.get().strip()))
                .onSuccess(copy -> {
                    schemes.add(0, new SchemeInfo(copy, false));
                    selected.set(schemes.get(0));
                }));
    }

    public String label(SchemeInfo info) {
        return messages.get(info.inUse() ? "rating.scheme.itemInUse" : "rating.scheme.item", info.scheme().year(),
                info.scheme().name());
    }

    public GuiContext context() {
        return ctx;
    }

    public ObservableList<SchemeInfo> schemes() {
        return schemes;
    }

    public ObjectProperty<SchemeInfo> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObservableList<DimensionRow> dimensions() {
        return dimensions;
    }

    public StringProperty categoryCap(PointCategory c) {
        return categoryCaps.get(c);
    }

    public StringProperty bonusCapProperty() {
        return bonusCap;
    }

    public StringProperty deductionCapProperty() {
        return deductionCap;
    }

    public StringProperty range(StarLevel s) {
        return ranges.get(s);
    }

    public StringProperty quota(StarLevel s) {
        return quotas.get(s);
    }

    public BooleanProperty exemptFrailProperty() {
        return exemptFrail;
    }

    public StringProperty gradePoints(AppraisalGrade g) {
        return gradePoints.get(g);
    }

    public StringProperty gradeCeiling(AppraisalGrade g) {
        return gradeCeilings.get(g);
    }
}
