package org.dangjiandesk.gui.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.roster.MemberSet;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.StatsServices;
import org.dangjiandesk.logic.excel.stats.StatsWorkbook;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.ChartData;
import org.dangjiandesk.logic.stats.Check;
import org.dangjiandesk.logic.stats.Cover;
import org.dangjiandesk.logic.stats.Dashboard;
import org.dangjiandesk.logic.stats.Dimension;
import org.dangjiandesk.logic.stats.MissingFields;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.logic.stats.Preflight;
import org.dangjiandesk.logic.stats.StatsBase;
import org.dangjiandesk.logic.stats.StatsService;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.TableKind;

/**
 * State of the statistics screen (统计报表): the subtree and day the charts count, the dashboard, the period the
 * reports are for with its pre-flight checks, and the members to fix. The member facts are read once (one query)
 * and kept until the roster changes, so moving between organisations and days only recounts in memory. All reading
 * and writing runs through the task executor.
 */
public final class StatsViewModel {
    /** Size of a chart saved or copied as a picture. */
    static final int PNG_WIDTH = 800;
    static final int PNG_HEIGHT = 500;

    private final GuiContext ctx;
    private final Consumer<MemberSet> openInRoster;
    private final ObservableList<OrgOption> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<OrgOption> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty periodText = new SimpleStringProperty("");
    private final StringProperty closedText = new SimpleStringProperty("");
    private final ObjectProperty<TableKind> reportTable = new SimpleObjectProperty<>(TableKind.STRUCTURE);
    private final StringProperty head = new SimpleStringProperty("");
    private final StringProperty preparer = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableList<Check> checks = FXCollections.observableArrayList();
    private final ObservableList<MissingFields> missing = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private StatsBase base;
    private boolean stale = true;
    private List<MemberStanding> standings;
    private int standingsYear;

    public StatsViewModel(GuiContext ctx, Consumer<MemberSet> openInRoster) {
        this.ctx = ctx;
        this.openInRoster = openInRoster;
        LocalDate today = stats().tables().today();
        day.set(today);
        periodText.set(StatPeriod.quarterOf(today).previousQuarter().toString());
        ctx.data().orgTreeProperty().addListener(o -> treeChanged());
        ctx.data().roster().addListener((InvalidationListener) o -> stale = true);
        treeChanged();
    }

    private StatsServices stats() {
        return ctx.services().stats();
    }

    private Messages messages() {
        return ctx.messages();
    }

    private void treeChanged() {
        Long chosen = scope.get() == null ? null : scope.get().id();
        scopes.setAll(OrgOption.of(ctx.data().orgTree(), o -> o.type() != org.dangjiandesk.model.OrgType.GROUP));
        OrgOption keep = OrgOption.find(scopes, chosen);
        scope.set(keep != null ? keep : scopes.isEmpty() ? null : scopes.get(0));
        stale = true;
    }

    /** Counts the charts for the chosen subtree and day (reading the facts again only after roster changes). */
    public void refresh() {
        OrgOption s = scope.get();
        LocalDate d = day.get();
        if (s == null || d == null) {
            return;
        }
        boolean reload = stale || base == null;
        stale = false;
        List<RosterEntry> roster = standings == null || standingsYear != d.getYear()
                ? List.copyOf(ctx.data().roster()) : null;
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(p -> {
            StatsBase b = reload ? stats().tables().load() : base;
            List<MemberStanding> st = roster != null ? stats().tables().trainingStandings(d.getYear(), roster)
                    : standings;
            return new Refreshed(b, st, stats().tables().dashboard(b, s.id(), d, st));
        }).title(messages().get("stats.status.counting")).onSuccess(r -> {
            base = r.base();
            standings = r.standings();
            standingsYear = d.getYear();
            dashboard.set(r.dashboard());
            summary.set(messages().get("stats.summary", s.name(), d.toString(), r.dashboard().members()));
            busy.set(false);
        }).onFailure(t -> {
            busy.set(false);
            ctx.showFailure(t);
        }));
    }

    private record Refreshed(StatsBase base, List<MemberStanding> standings, Dashboard dashboard) {
    }

    /** Shows the counted members behind a bar in the roster. False for charts that do not count members. */
    public boolean openBar(Dimension d, String barKey) {
        Dashboard shown = dashboard.get();
        if (shown == null || !d.isMemberBreakdown() || barKey == null) {
            return false;
        }
        Set<Long> ids = new HashSet<>(shown.membersOf(d, barKey));
        String bar = shown.chart(d).bars().stream().filter(b -> b.key().equals(barKey)).findFirst()
                .map(b -> b.label()).orElse(barKey);
        String label = messages().get("stats.drill", scope.get().name(), messages().get(d.titleKey()), bar);
        openInRoster.accept(new MemberSet(label, ids));
        return true;
    }

    /** The chart as a PNG picture (for saving or copying). */
    public byte[] png(ChartData chart) {
        return stats().charts().png(chart, messages().get(chart.dimension().titleKey()), PNG_WIDTH, PNG_HEIGHT);
    }

    public void saveChart(ChartData chart, Path out) {
        ctx.executor().execute(BackgroundTask.of(p -> {
            try {
                Files.write(out, png(chart));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }).onSuccess(o -> ctx.dialogs().showInfo(messages().get("stats.chart.saved", o.toAbsolutePath())))
                .onFailure(ctx::showFailure));
    }

    /** The period typed, or null after telling the user it is not one. */
    private StatPeriod period() {
        try {
            return StatPeriod.parse(periodText.get());
        } catch (IllegalArgumentException e) {
            ctx.dialogs().showError(messages().get("stats.error.badPeriod", periodText.get()));
            return null;
        }
    }

    /** Runs the pre-flight checks of the period and lists them (and the members missing fields). */
    public void preflight() {
        StatPeriod p = period();
        if (p == null) {
            return;
        }
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(t -> {
            StatsBase b = stats().tables().load();
            PeriodReport report = stats().periods().report(b, p);
            return new Checked(stats().periods().preflight(b, report), stats().periods().closedPeriods());
        }).title(messages().get("stats.status.checking")).onSuccess(this::showChecks).onFailure(t -> {
            busy.set(false);
            ctx.showFailure(t);
        }));
    }

    private record Checked(Preflight.Result result, List<StatPeriod> closed) {
    }

    private void showChecks(Checked c) {
        busy.set(false);
        checks.setAll(c.result().checks());
        List<MissingFields> all = new ArrayList<>();
        c.result().checks().forEach(x -> all.addAll(x.members()));
        missing.setAll(all);
        closedText.set(c.closed().isEmpty() ? messages().get("stats.closed.none")
                : messages().get("stats.closed.list", String.join("、", c.closed().stream().map(Object::toString)
                .toList())));
    }

    /** Closes the period after the user confirms; refused (with the reason shown) when checks find errors. */
    public void closePeriod() {
        StatPeriod p = period();
        if (p == null || !ctx.dialogs().confirm(messages().get("stats.close.confirm", p.toString()))) {
            return;
        }
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(t -> {
            stats().periods().close(p, false);
            StatsBase b = stats().tables().load();
            return new Checked(stats().periods().preflight(b, stats().periods().report(b, p)),
                    stats().periods().closedPeriods());
        }).title(messages().get("stats.status.closing")).onSuccess(c -> {
            showChecks(c);
            ctx.dialogs().showInfo(messages().get("stats.close.done", p.toString()));
        }).onFailure(t -> {
            busy.set(false);
            ctx.showFailure(t);
        }));
    }

    private Cover cover(String unitName) {
        return new Cover(unitName, head.get(), preparer.get(), phone.get(), stats().tables().today());
    }

    /** Writes one table of the period (with its name lists for the 增减 table). */
    public void writeReport(Path out) {
        StatPeriod p = period();
        if (p == null) {
            return;
        }
        TableKind kind = reportTable.get();
        ctx.executor().execute(BackgroundTask.of(t -> {
            PeriodReport report = stats().periods().report(p);
            stats().sheets().write(report, Set.of(kind), cover(report.unitName()), List.of(),
                    org.dangjiandesk.logic.stats.ChartRenderer.NONE, false, out);
            return out;
        }).title(messages().get("stats.status.writing")).onSuccess(o -> ctx.dialogs().showInfo(
                messages().get("stats.written", o.toAbsolutePath()))).onFailure(ctx::showFailure));
    }

    /** Runs the pre-flight checks, then (unless they find errors) writes the submission pack with the charts. */
    public void writePack(Path out) {
        StatPeriod p = period();
        if (p == null) {
            return;
        }
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(t -> {
            StatsBase b = stats().tables().load();
            PeriodReport report = stats().periods().report(b, p);
            Preflight.Result result = stats().periods().preflight(b, report);
            Checked checked = new Checked(result, stats().periods().closedPeriods());
            if (!result.passed()) {
                return new Packed(checked, null);
            }
            Dashboard d = stats().tables().dashboard(b, StatsService.root(b).id(), p.lastDay(),
                    stats().tables().trainingStandings(p.year()));
            List<StatsWorkbook.Chart> charts = new ArrayList<>();
            d.charts().forEach(c -> charts.add(new StatsWorkbook.Chart(c, messages().get(c.dimension().titleKey()))));
            stats().sheets().writePack(report, cover(report.unitName()), charts, stats().charts(), false, out);
            return new Packed(checked, out);
        }).title(messages().get("stats.status.writing")).onSuccess(r -> {
            showChecks(r.checked());
            if (r.out() == null) {
                ctx.dialogs().showError(messages().get("stats.pack.refused", p.toString()));
            } else {
                ctx.dialogs().showInfo(messages().get("stats.written", r.out().toAbsolutePath()));
            }
        }).onFailure(t -> {
            busy.set(false);
            ctx.showFailure(t);
        }));
    }

    private record Packed(Checked checked, Path out) {
    }

    public GuiContext context() {
        return ctx;
    }

    public ObservableList<OrgOption> scopes() {
        return scopes;
    }

    public ObjectProperty<OrgOption> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty periodTextProperty() {
        return periodText;
    }

    public StringProperty closedTextProperty() {
        return closedText;
    }

    public ObjectProperty<TableKind> reportTableProperty() {
        return reportTable;
    }

    public StringProperty headProperty() {
        return head;
    }

    public StringProperty preparerProperty() {
        return preparer;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObservableList<Check> checks() {
        return checks;
    }

    public ObservableList<MissingFields> missing() {
        return missing;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
