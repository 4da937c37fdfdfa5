package org.dangjiandesk.gui.brand;

import java.io.File;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.brand.ProjectRow;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.BrandStatus;

/** The brand-project screen: the board and list on the left, the selected project on the right; 展评 in a tab. */
public final class BrandView {
    @FXML private ComboBox<Choice<Integer>> brandYearFilter;
    @FXML private ComboBox<Choice<Long>> brandOrgFilter;
    @FXML private Label brandCount;
    @FXML private Button newProject;
    @FXML private Button exportSummary;
    @FXML private FlowPane brandBoard;
    @FXML private TableView<ProjectRow> brandTable;
    @FXML private TableColumn<ProjectRow, String> nameColumn;
    @FXML private TableColumn<ProjectRow, String> categoryColumn;
    @FXML private TableColumn<ProjectRow, String> orgColumn;
    @FXML private TableColumn<ProjectRow, String> leaderColumn;
    @FXML private TableColumn<ProjectRow, String> statusColumn;
    @FXML private TableColumn<ProjectRow, Number> yearColumn;
    @FXML private TableView<BrandViewModel.CommunityLine> communityTable;
    @FXML private TableColumn<BrandViewModel.CommunityLine, String> communityColumn;
    @FXML private TableColumn<BrandViewModel.CommunityLine, Number> communityProjectsColumn;
    @FXML private TableColumn<BrandViewModel.CommunityLine, String> communityActivitiesColumn;
    @FXML private TableColumn<BrandViewModel.CommunityLine, String> communityPeopleColumn;
    @FXML private TableColumn<BrandViewModel.CommunityLine, String> communityProblemsColumn;
    @FXML private TableColumn<BrandViewModel.CommunityLine, String> communityFundsColumn;
    @FXML private StackPane detailHost;
    @FXML private Tab evaluationTab;

    private final BrandViewModel vm;
    private final Messages messages;

    public BrandView(BrandViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        Parent root = ViewLoader.load(this, "Brand.fxml", messages.bundle());
        vm.reload();
        return root;
    }

    @FXML
    private void initialize() {
        brandYearFilter.setItems(vm.years);
        brandYearFilter.valueProperty().bindBidirectional(vm.year);
        brandOrgFilter.setItems(vm.orgFilters);
        brandOrgFilter.valueProperty().bindBidirectional(vm.orgFilter);
        brandCount.textProperty().bind(vm.countText);
        newProject.setOnAction(e -> vm.newProject());
        exportSummary.setOnAction(e -> export());
        vm.statusCounts.addListener((o, was, now) -> showBoard(now));

        brandTable.setItems(vm.rows);
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().project().name()));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.label(c.getValue().project().category())));
        orgColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().orgName()));
        leaderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().leaderName()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.label(c.getValue().project().status())));
        yearColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().project().year()));
        brandTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.select(now));

        communityTable.setItems(vm.communities);
        communityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().community()));
        communityProjectsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().projects()));
        communityActivitiesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activities()));
        communityPeopleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().people()));
        communityProblemsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().problems()));
        communityFundsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().funds()));

        detailHost.getChildren().setAll(new ProjectDetailView(vm.detail()).load());
        EvaluationViewModel evaluation = new EvaluationViewModel(vm.context());
        evaluation.setOnProjectsChanged(vm::reload);
        evaluationTab.setContent(new EvaluationView(evaluation).load());
    }

    private void showBoard(Map<BrandStatus, Integer> counts) {
        brandBoard.getChildren().clear();
        for (BrandStatus s : BrandStatus.values()) {
            Label n = new Label(String.valueOf(counts.getOrDefault(s, 0)));
            n.getStyleClass().add("board-count");
            Label t = new Label(messages.label(s));
            t.getStyleClass().add("muted");
            VBox tile = new VBox(n, t);
            tile.setId("board-" + s.name());
            tile.getStyleClass().add("board-tile");
            brandBoard.getChildren().add(tile);
        }
    }

    private void export() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(vm.suggestedSummaryName());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File f = fc.showSaveDialog(brandTable.getScene().getWindow());
        if (f != null) {
            vm.exportSummary(f.toPath());
        }
    }
}
