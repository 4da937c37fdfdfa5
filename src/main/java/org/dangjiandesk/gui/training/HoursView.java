package org.dangjiandesk.gui.training;

import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.SearchableComboBox;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.logic.training.OrgTrainingStats;

/** The hours tab: members below their yearly norm (filterable by organisation) and the statistics per organisation. */
public final class HoursView {
    @FXML private VBox hoursScreen;
    @FXML private ComboBox<Integer> hoursYearChoice;
    @FXML private SearchableComboBox<OrgOption> hoursOrgFilter;
    @FXML private Label hoursSummary;
    @FXML private ProgressIndicator hoursLoading;
    @FXML private Button exportReport;
    @FXML private TableView<MemberStanding> belowTable;
    @FXML private TableColumn<MemberStanding, String> belowNameColumn;
    @FXML private TableColumn<MemberStanding, String> belowOrgColumn;
    @FXML private TableColumn<MemberStanding, String> belowPostColumn;
    @FXML private TableColumn<MemberStanding, String> belowNormColumn;
    @FXML private TableColumn<MemberStanding, String> belowHoursColumn;
    @FXML private TableColumn<MemberStanding, String> belowGapColumn;
    @FXML private TableColumn<MemberStanding, String> belowPerWeekColumn;
    @FXML private TableView<OrgTrainingStats> orgStatsTable;
    @FXML private TableColumn<OrgTrainingStats, String> statsOrgColumn;
    @FXML private TableColumn<OrgTrainingStats, String> statsSessionsColumn;
    @FXML private TableColumn<OrgTrainingStats, String> statsAttendanceColumn;
    @FXML private TableColumn<OrgTrainingStats, String> statsMembersColumn;
    @FXML private TableColumn<OrgTrainingStats, String> statsNormRateColumn;

    private final HoursViewModel vm;
    private final Messages messages;

    public HoursView(HoursViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "Hours.fxml", messages.bundle());
    }

    @FXML
    private void initialize() {
        hoursYearChoice.getItems().setAll(vm.years());
        hoursYearChoice.valueProperty().bindBidirectional(vm.yearProperty());
        setUpOrgFilter();
        hoursSummary.textProperty().bind(vm.summaryProperty());
        hoursLoading.visibleProperty().bind(vm.loadingProperty());
        exportReport.setOnAction(e -> chooseReportFile());

        belowTable.setItems(vm.below());
        TableColumns.text(belowNameColumn, MemberStanding::name);
        TableColumns.text(belowOrgColumn, m -> vm.orgName(m.orgId()));
        TableColumns.text(belowPostColumn, m -> m.partyPost() == null ? "" : m.partyPost());
        TableColumns.text(belowNormColumn, m -> plain(m.norm()) + "（" + vm.label(m.kind()) + "）");
        TableColumns.text(belowHoursColumn, m -> plain(m.hours()));
        TableColumns.text(belowGapColumn, m -> plain(m.gap()));
        TableColumns.text(belowPerWeekColumn, m -> vm.perWeek(m.gap()));

        orgStatsTable.setItems(vm.orgStats());
        TableColumns.text(statsOrgColumn, o -> "\u3000".repeat(o.depth()) + o.name());
        TableColumns.text(statsSessionsColumn, o -> String.valueOf(o.sessions()));
        TableColumns.text(statsAttendanceColumn, o -> o.expected() == 0 ? "—"
                : HoursViewModel.percent(o.attendanceRate()) + "（" + o.present() + "/" + o.expected() + "）");
        TableColumns.text(statsMembersColumn, o -> String.valueOf(o.members()));
        TableColumns.text(statsNormRateColumn, o -> o.members() == 0 ? "—"
                : HoursViewModel.percent(o.normRate()) + "（" + o.meetingNorm() + "）");
    }

    private void setUpOrgFilter() {
        OrgOption all = new OrgOption(0, messages.get("roster.filter.allOrgs"), 0, null);
        Runnable refresh = () -> {
            List<OrgOption> items = new ArrayList<>();
            items.add(all);
            items.addAll(vm.orgOptions());
            hoursOrgFilter.getItems().setAll(items);
            OrgOption shown = OrgOption.find(vm.orgOptions(), vm.orgFilterProperty().get());
            hoursOrgFilter.setValue(shown == null ? all : shown);
        };
        refresh.run();
        vm.orgOptions().addListener((ListChangeListener<OrgOption>) c -> refresh.run());
        TableColumns.indentedOrgs(hoursOrgFilter);
        hoursOrgFilter.valueProperty().addListener((obs, old, now) ->
                vm.orgFilterProperty().set(now == null || now == all ? null : now.id()));
    }

    private void chooseReportFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName(messages.get("training.report.fileName", String.valueOf(vm.yearProperty().get())));
        File f = chooser.showSaveDialog(hoursScreen.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
