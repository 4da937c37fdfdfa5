package org.dangjiandesk.gui.stats;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.dangjiandesk.gui.main.NavigateEvent;
import org.dangjiandesk.gui.member.MemberFormView;
import org.dangjiandesk.gui.member.MemberFormViewModel;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.ChartData;
import org.dangjiandesk.logic.stats.Check;
import org.dangjiandesk.logic.stats.Dashboard;
import org.dangjiandesk.logic.stats.MissingFields;
import org.dangjiandesk.model.TableKind;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * The statistics screen: the dashboard's charts (JFreeChart in its JavaFX viewer; a click on a bar of a member
 * breakdown opens those members in the roster; each chart saved as PNG or copied), and the period tab with the
 * pre-flight checks, closing, the report and the submission pack.
 */
public final class StatsView {
    static final double CHART_WIDTH = 430;
    static final double CHART_HEIGHT = 290;

    @FXML private VBox statsScreen;
    @FXML private SearchableComboBox<OrgOption> statsScope;
    @FXML private DatePicker statsDay;
    @FXML private Button statsRefresh;
    @FXML private ProgressIndicator statsBusy;
    @FXML private Label statsSummary;
    @FXML private FlowPane chartsPane;
    @FXML private TextField periodField;
    @FXML private Button preflightButton;
    @FXML private Button closePeriodButton;
    @FXML private Label closedPeriodsLabel;
    @FXML private TextField coverHead;
    @FXML private TextField coverPreparer;
    @FXML private TextField coverPhone;
    @FXML private ComboBox<TableKind> reportTableChoice;
    @FXML private Button writeReportButton;
    @FXML private Button writePackButton;
    @FXML private ListView<Check> checkList;
    @FXML private TableView<MissingFields> missingTable;
    @FXML private TableColumn<MissingFields, String> missingNameColumn;
    @FXML private TableColumn<MissingFields, String> missingOrgColumn;
    @FXML private TableColumn<MissingFields, String> missingFieldsColumn;

    private final StatsViewModel vm;
    private final Messages messages;

    public StatsView(StatsViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "Stats.fxml", messages.bundle());
    }

    @FXML
    private void initialize() {
        statsScope.setItems(vm.scopes());
        statsScope.valueProperty().bindBidirectional(vm.scopeProperty());
        statsDay.setConverter(new StringConverter<>() { // dates as offices write them: 2026-09-30
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return statsDay.getValue();
                }
            }
        });
        statsDay.valueProperty().bindBidirectional(vm.dayProperty());
        statsScope.valueProperty().addListener(o -> vm.refresh());
        statsDay.valueProperty().addListener(o -> vm.refresh());
        statsRefresh.setOnAction(e -> vm.refresh());
        statsBusy.visibleProperty().bind(vm.busyProperty());
        statsSummary.textProperty().bind(vm.summaryProperty());
        vm.dashboardProperty().addListener((o, was, now) -> showCharts(now));

        periodField.textProperty().bindBidirectional(vm.periodTextProperty());
        coverHead.textProperty().bindBidirectional(vm.headProperty());
        coverPreparer.textProperty().bindBidirectional(vm.preparerProperty());
        coverPhone.textProperty().bindBidirectional(vm.phoneProperty());
        closedPeriodsLabel.textProperty().bind(vm.closedTextProperty());
        reportTableChoice.getItems().setAll(TableKind.values());
        reportTableChoice.valueProperty().bindBidirectional(vm.reportTableProperty());
        reportTableChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TableKind k) {
                return k == null ? "" : messages.label(k);
            }

            @Override
            public TableKind fromString(String s) {
                return null;
            }
        });
        preflightButton.setOnAction(e -> vm.preflight());
        closePeriodButton.setOnAction(e -> vm.closePeriod());
        writeReportButton.setOnAction(e -> chooseXlsx("stats.report.fileName").ifPresent(vm::writeReport));
        writePackButton.setOnAction(e -> chooseXlsx("stats.pack.fileName").ifPresent(vm::writePack));
        checkList.setItems(vm.checks());
        checkList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Check c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.get("stats.check." + c.level().name()) + " " + c.text());
                getStyleClass().removeAll("check-error", "check-warning");
                if (!empty && c != null && c.level() != Check.Level.OK) {
                    getStyleClass().add(c.level() == Check.Level.ERROR ? "check-error" : "check-warning");
                }
            }
        });
        missingTable.setItems(vm.missing());
        missingNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        missingOrgColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().orgName()));
        missingFieldsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("、", c.getValue().fields())));
        missingTable.setRowFactory(t -> {
            TableRow<MissingFields> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    openMember(row.getItem().memberId());
                }
            });
            return row;
        });
        vm.refresh();
    }

    private void showCharts(Dashboard d) {
        chartsPane.getChildren().clear();
        if (d == null) {
            return;
        }
        for (ChartData chart : d.charts()) {
            chartsPane.getChildren().add(chartBox(chart));
        }
    }

    private VBox chartBox(ChartData chart) {
        String name = chart.dimension().name();
        ChartViewer viewer = new ChartViewer(StatsCharts.create(chart, messages.get(chart.dimension().titleKey())));
        viewer.setId("chart_" + name);
        viewer.setPrefSize(CHART_WIDTH, CHART_HEIGHT);
        viewer.setMinSize(CHART_WIDTH, CHART_HEIGHT);
        viewer.getContextMenu().getItems().clear(); // its zoom and export items are English; ours are below
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof CategoryItemEntity item
                        && vm.openBar(chart.dimension(), StatsCharts.keyOf(chart, item.getColumnKey()))) {
                    statsScreen.fireEvent(new NavigateEvent("navRoster"));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                // the tooltip shows the figure
            }
        });
        Button save = new Button(messages.get("stats.chart.save"));
        save.setId("savePng_" + name);
        save.setOnAction(e -> choosePng(chart).ifPresent(f -> vm.saveChart(chart, f)));
        Button copy = new Button(messages.get("stats.chart.copy"));
        copy.setId("copyPng_" + name);
        copy.setOnAction(e -> copy(chart));
        HBox buttons = new HBox(6, save, copy);
        if (chart.dimension().isMemberBreakdown()) {
            Label hint = new Label(messages.get("stats.chart.clickHint"));
            hint.getStyleClass().add("muted");
            buttons.getChildren().add(hint);
        }
        VBox box = new VBox(4, viewer, buttons);
        box.getStyleClass().add("chart-box");
        return box;
    }

    private void copy(ChartData chart) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(vm.png(chart))));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private java.util.Optional<java.nio.file.Path> choosePng(ChartData chart) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(messages.get(chart.dimension().titleKey()) + ".png");
        File f = chooser.showSaveDialog(statsScreen.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private java.util.Optional<java.nio.file.Path> chooseXlsx(String nameKey) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName(messages.get(nameKey, vm.periodTextProperty().get()));
        File f = chooser.showSaveDialog(statsScreen.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private void openMember(long memberId) {
        MemberFormViewModel form = MemberFormViewModel.forExisting(vm.context(), memberId);
        form.setOnSaved(saved -> vm.preflight());
        new MemberFormView(form).open(statsScreen.getScene().getWindow());
    }

    /** For tests: the charts shown, in order. */
    List<ChartViewer> chartViewers() {
        return chartsPane.getChildren().stream().map(n -> (ChartViewer) ((VBox) n).getChildren().get(0)).toList();
    }
}
