package org.dangjiandesk.gui.brand;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.brand.BrandFilter;
import org.dangjiandesk.logic.brand.BrandOverview;
import org.dangjiandesk.logic.brand.ProjectRow;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.OrgUnit;

/**
 * The brand-project board: filters by year and organisation, how many projects stand in each status, the project
 * list, indicator totals per community, and the export of the summary table (项目汇总表).
 */
public final class BrandViewModel {

    /** One community's line of the totals table. */
    public record CommunityLine(String community, int projects, String activities, String people, String problems,
                                String funds) {
    }

    private final GuiContext ctx;
    private final Messages messages;
    private final ProjectDetailViewModel detail;
    final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();
    final ObservableList<Choice<Long>> orgFilters = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Long>> orgFilter = new SimpleObjectProperty<>();
    final ObservableList<ProjectRow> rows = FXCollections.observableArrayList();
    final ObservableList<CommunityLine> communities = FXCollections.observableArrayList();
    final ObjectProperty<Map<BrandStatus, Integer>> statusCounts = new SimpleObjectProperty<>(Map.of());
    final StringProperty countText = new SimpleStringProperty("");

    public BrandViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.detail = new ProjectDetailViewModel(ctx);
        detail.setOnChanged(this::reload);
        int thisYear = LocalDate.now(ctx.services().clock()).getYear();
        List<Integer> ys = new ArrayList<>();
        for (int y = thisYear + 1; y >= thisYear - 4; y--) {
            ys.add(y);
        }
        years.setAll(Choice.withEmpty(messages.get("brand.filter.allYears"), ys, String::valueOf));
        year.set(Choice.find(years, thisYear));
        refreshOrgFilters();
        year.addListener((o, was, now) -> reload());
        orgFilter.addListener((o, was, now) -> reload());
    }

    public GuiContext context() {
        return ctx;
    }

    public ProjectDetailViewModel detail() {
        return detail;
    }

    private void refreshOrgFilters() {
        List<OrgOption> options = OrgOption.of(ctx.data().orgTree(), OrgUnit::isActive);
        orgFilters.setAll(Choice.withEmpty(messages.get("brand.filter.allOrgs"), options.stream().map(OrgOption::id)
                .toList(), id -> OrgOption.find(options, id).indented()));
        orgFilter.set(orgFilters.isEmpty() ? null : orgFilters.get(0));
    }

    /** Reloads the board for the filters (in the background). */
    public void reload() {
        BrandFilter filter = new BrandFilter(year.get() == null ? null : year.get().value(),
                orgFilter.get() == null ? null : orgFilter.get().value());
        String outside = messages.get("brand.outsideCommunities");
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().brand().projects().overview(filter, outside))
                .onSuccess(this::show)
                .onFailure(ctx::showFailure));
    }

    private void show(BrandOverview o) {
        rows.setAll(o.rows());
        Map<BrandStatus, Integer> counts = new java.util.EnumMap<>(BrandStatus.class);
        for (BrandStatus s : BrandStatus.values()) {
            counts.put(s, o.count(s));
        }
        statusCounts.set(counts);
        countText.set(messages.get("brand.board.count", o.rows().size()));
        List<CommunityLine> lines = new ArrayList<>();
        o.communities().forEach((name, t) -> lines.add(new CommunityLine(name, t.projects(),
                t.actual().activities() + " / " + t.planned().activities(),
                t.actual().peopleServed() + " / " + t.planned().peopleServed(),
                t.actual().problemsSolved() + " / " + t.planned().problemsSolved(),
                t.actual().fundsUsed().toPlainString() + " / " + t.planned().fundsUsed().toPlainString())));
        communities.setAll(lines);
    }

    /** Shows a project in the detail pane. */
    public void select(ProjectRow row) {
        if (row != null) {
            detail.show(row.project().id());
        }
    }

    public void newProject() {
        detail.refreshOrgs();
        detail.newProject();
    }

    /** Writes the summary table (项目汇总表) of the filtered year to a file. */
    public void exportSummary(Path out) {
        Integer y = year.get() == null ? null : year.get().value();
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().brand().sheets().summary(y, out, Progress.NONE))
                .title(messages.get("brand.exporting"))
                .onSuccess(n -> ctx.dialogs().showInfo(messages.get("brand.exported", n, out.toAbsolutePath())))
                .onFailure(ctx::showFailure));
    }

    public String suggestedSummaryName() {
        Integer y = year.get() == null ? null : year.get().value();
        return messages.get("brand.summary.fileName", y == null ? messages.get("brand.filter.allYears") : y);
    }
}
