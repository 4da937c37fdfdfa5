package org.dangjiandesk.gui.brand;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;

/**
 * The 展评 tab. The score grid is made for the keyboard: Tab and Shift+Tab move across a project's criteria,
 * Enter and the arrow keys up and down move to the same criterion of the next or previous project, and a value
 * is saved as soon as the cell is left. A value outside 0–100 is refused and the cell keeps the focus.
 */
public final class EvaluationView {
    @FXML private ComboBox<EvaluationRound> roundChoice;
    @FXML private TextField roundName;
    @FXML private TextField roundYear;
    @FXML private TextField roundJudges;
    @FXML private TextField roundCriteria;
    @FXML private CheckBox dropExtremes;
    @FXML private ComboBox<Choice<AwardRule>> awardRule;
    @FXML private TextField awardValue;
    @FXML private Button createRound;
    @FXML private ComboBox<Judge> judgeChoice;
    @FXML private GridPane scoreGrid;
    @FXML private TableView<EvaluationViewModel.ResultLine> resultsTable;
    @FXML private TableColumn<EvaluationViewModel.ResultLine, String> rankColumn;
    @FXML private TableColumn<EvaluationViewModel.ResultLine, String> resultProjectColumn;
    @FXML private TableColumn<EvaluationViewModel.ResultLine, String> scoreColumn;
    @FXML private TableColumn<EvaluationViewModel.ResultLine, String> awardColumn;
    @FXML private Button applyAwards;
    @FXML private Button exportScoreSheet;
    @FXML private Button exportResults;

    private final EvaluationViewModel vm;
    private final Messages messages;
    private TextField[][] cells = new TextField[0][0];

    public EvaluationView(EvaluationViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        Parent root = ViewLoader.load(this, "Evaluation.fxml", messages.bundle());
        vm.load();
        return root;
    }

    @FXML
    private void initialize() {
        roundChoice.setItems(vm.rounds);
        roundChoice.valueProperty().bindBidirectional(vm.round);
        roundChoice.setCellFactory(l -> cell(EvaluationRound::name));
        roundChoice.setButtonCell(cell(EvaluationRound::name));
        roundName.textProperty().bindBidirectional(vm.roundName);
        roundYear.textProperty().bindBidirectional(vm.roundYear);
        roundJudges.textProperty().bindBidirectional(vm.roundJudges);
        roundCriteria.textProperty().bindBidirectional(vm.roundCriteria);
        dropExtremes.selectedProperty().bindBidirectional(vm.dropExtremes);
        awardRule.setItems(vm.awardRules);
        awardRule.valueProperty().bindBidirectional(vm.awardRule);
        awardValue.textProperty().bindBidirectional(vm.awardValue);
        createRound.setOnAction(e -> vm.createRound());
        judgeChoice.setItems(vm.judges);
        judgeChoice.valueProperty().bindBidirectional(vm.judge);
        judgeChoice.setCellFactory(l -> cell(Judge::name));
        judgeChoice.setButtonCell(cell(Judge::name));
        vm.gridVersion.addListener((o, was, now) -> buildGrid());
        resultsTable.setItems(vm.results);
        rankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        resultProjectColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().project()));
        scoreColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        awardColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().award()));
        applyAwards.disableProperty().bind(vm.round.isNull());
        applyAwards.setOnAction(e -> vm.applyAwards());
        exportScoreSheet.disableProperty().bind(vm.round.isNull());
        exportResults.disableProperty().bind(vm.round.isNull());
        exportScoreSheet.setOnAction(e -> save(messages.get("brand.round.scoreSheetFile"), true));
        exportResults.setOnAction(e -> save(messages.get("brand.round.resultsFile"), false));
    }

    private void buildGrid() {
        scoreGrid.getChildren().clear();
        EvaluationRound round = vm.round.get();
        if (round == null) {
            return;
        }
        List<EvaluationCriterion> criteria = round.criteria();
        scoreGrid.add(header(messages.get("brand.sheet.col.project")), 0, 0);
        for (int c = 0; c < criteria.size(); c++) {
            EvaluationCriterion cr = criteria.get(c);
            scoreGrid.add(header(messages.get("brand.sheet.col.criterion", cr.name(), weight(cr.weight()))), c + 1, 0);
        }
        scoreGrid.add(header(messages.get("brand.sheet.col.total")), criteria.size() + 1, 0);
        List<BrandProject> projects = new ArrayList<>(vm.projects);
        cells = new TextField[projects.size()][criteria.size()];
        for (int r = 0; r < projects.size(); r++) {
            BrandProject p = projects.get(r);
            Label name = new Label(p.name());
            name.setMaxWidth(240);
            scoreGrid.add(name, 0, r + 1);
            Label total = new Label(vm.totalText(p.id()));
            total.setMinWidth(56);
            total.setId("total-" + r);
            for (int c = 0; c < criteria.size(); c++) {
                long criterionId = criteria.get(c).id();
                TextField f = new TextField(vm.pointsText(p.id(), criterionId));
                f.setId("score-" + r + "-" + c);
                f.setPrefWidth(64);
                f.setMaxWidth(64);
                int row = r;
                int col = c;
                f.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        commit(f, p.id(), criterionId, total);
                    }
                });
                f.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                        focus(row + 1, col);
                        e.consume();
                    } else if (e.getCode() == KeyCode.UP) {
                        focus(row - 1, col);
                        e.consume();
                    }
                });
                cells[r][c] = f;
                scoreGrid.add(f, c + 1, r + 1);
            }
            scoreGrid.add(total, criteria.size() + 1, r + 1);
        }
    }

    private void commit(TextField f, long projectId, long criterionId, Label total) {
        if (vm.enter(projectId, criterionId, f.getText())) {
            total.setText(vm.totalText(projectId));
        } else {
            f.requestFocus();
            f.selectAll();
        }
    }

    private void focus(int row, int col) {
        if (row >= 0 && row < cells.length && col < cells[row].length) {
            cells[row][col].requestFocus();
            cells[row][col].selectAll();
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        l.setMaxWidth(72);
        return l;
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    private void save(String name, boolean scoreSheet) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File f = fc.showSaveDialog(scoreGrid.getScene().getWindow());
        if (f != null) {
            if (scoreSheet) {
                vm.exportScoreSheet(f.toPath());
            } else {
                vm.exportResults(f.toPath());
            }
        }
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
