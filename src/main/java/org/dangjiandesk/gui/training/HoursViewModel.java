package org.dangjiandesk.gui.training;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.excel.training.TrainingSheets;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.logic.training.OrgTrainingStats;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;

/**
 * State of the hours tab (学时达标): everyone below their norm in the chosen year, optionally within one
 * organisation's subtree, with the weeks left in the year; and the per-organisation statistics. Both are computed
 * by the database in the background.
 */
public final class HoursViewModel {
    private final GuiContext ctx;
    private final TrainingService training;
    private final Messages messages;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> orgFilter = new SimpleObjectProperty<>();
    private final ObservableList<MemberStanding> below = FXCollections.observableArrayList();
    private final ObservableList<OrgTrainingStats> orgStats = FXCollections.observableArrayList();
    private final ObservableList<OrgOption> orgOptions = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long weeksLeft;
    private int generation;

    public HoursViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.training = ctx.services().training().sessions();
        this.messages = ctx.messages();
        year.set(LocalDate.now(ctx.services().clock()).getYear());
        year.addListener(o -> reload());
        orgFilter.addListener(o -> reload());
        ctx.data().orgTreeProperty().addListener(o -> orgOptions.setAll(OrgOption.of(ctx.data().orgTree(), OrgUnit::isActive)));
        orgOptions.setAll(OrgOption.of(ctx.data().orgTree(), OrgUnit::isActive));
    }

    /** Reads the below-norm list, then the per-organisation statistics (slower: every member's standing). */
    public void reload() {
        int y = year.get();
        Long org = orgFilter.get();
        OrgTree tree = ctx.data().orgTree();
        Set<Long> orgIds = org == null ? null : tree.subtreeIds(org);
        int gen = ++generation;
        loading.set(true);
        List<RosterEntry> roster = List.copyOf(ctx.data().roster()); // names, branches and order come from memory
        ctx.executor().execute(BackgroundTask.of(p -> training.belowNorm(y, orgIds, roster))
                .title(messages.get("status.loading"))
                .onSuccess(list -> {
                    if (gen != generation) {
                        return;
                    }
                    weeksLeft = training.weeksLeft(y);
                    below.setAll(list);
                    summary.set(messages.get("training.hours.summary", list.size(), weeksLeft));
                    ctx.executor().execute(BackgroundTask.of(p -> training.orgStats(y, org, roster)).onSuccess(stats -> {
                        if (gen == generation) {
                            orgStats.setAll(stats);
                            loading.set(false);
                        }
                    }));
                }));
    }

    public void export(Path file) {
        int y = year.get();
        Long org = orgFilter.get();
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().training().sheets().report(y, org, file))
                .onSuccess(n -> ctx.dialogs().showInfo(messages.get("training.report.done", n, file))));
    }

    public String orgName(long orgId) {
        OrgTree tree = ctx.data().orgTree();
        return tree.branchOf(orgId).or(() -> tree.find(orgId)).map(OrgUnit::displayName).orElse("");
    }

    public String perWeek(BigDecimal gap) {
        return TrainingSheets.perWeek(gap, weeksLeft).toPlainString();
    }

    public String label(Enum<?> e) {
        return messages.label(e);
    }

    public static String percent(double rate) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }

    public GuiContext context() {
        return ctx;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Long> orgFilterProperty() {
        return orgFilter;
    }

    public ObservableList<MemberStanding> below() {
        return below;
    }

    public ObservableList<OrgTrainingStats> orgStats() {
        return orgStats;
    }

    public ObservableList<OrgOption> orgOptions() {
        return orgOptions;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Years offered: from four years back to next year. */
    public List<Integer> years() {
        int now = LocalDate.now(ctx.services().clock()).getYear();
        return java.util.stream.IntStream.rangeClosed(now - 4, now + 1).boxed().toList();
    }
}
