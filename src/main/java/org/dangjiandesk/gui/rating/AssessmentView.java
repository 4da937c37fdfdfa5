package org.dangjiandesk.gui.rating;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.rating.RatingWorkflow;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.SheetState;

/**
 * The assessment grid, keyboard-driven like a spreadsheet: typing replaces a cell, Enter moves down (Shift+Enter
 * up), Tab moves right and on to the next member (Shift+Tab back), the arrow keys move up and down, and
 * Ctrl+V pastes a column (or a block) copied from Excel. Leaving a member's line saves it.
 */
public final class AssessmentView {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    @FXML private ComboBox<BranchOption> ratingBranch;
    @FXML private TextField ratingQuarter;
    @FXML private Button ratingOpen;
    @FXML private TextField ratingOperator;
    @FXML private Button ratingSubmit;
    @FXML private Button ratingApprove;
    @FXML private Button ratingReturn;
    @FXML private Button ratingReopen;
    @FXML private CheckBox ratingBlank;
    @FXML private Button ratingPrint;
    @FXML private Button ratingExport;
    @FXML private Label ratingState;
    @FXML private ScrollPane ratingGridScroll;
    @FXML private GridPane ratingGrid;
    @FXML private Label ratingSummary;
    @FXML private Label ratingWarnings;
    @FXML private Label ratingMessage;
    @FXML private Label ratingHistory;

    private final AssessmentViewModel vm;
    private final List<List<TextField>> fields = new ArrayList<>();

    public AssessmentView(AssessmentViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Assessment.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        ratingBranch.setItems(vm.branches());
        ratingBranch.valueProperty().bindBidirectional(vm.branchProperty());
        ratingQuarter.textProperty().bindBidirectional(vm.quarterTextProperty());
        ratingOperator.textProperty().bindBidirectional(vm.operatorProperty());
        ratingOpen.setOnAction(e -> vm.open());
        ratingQuarter.setOnAction(e -> vm.open());
        ratingSubmit.setOnAction(e -> vm.step(RatingWorkflow.SUBMIT));
        ratingApprove.setOnAction(e -> vm.step(RatingWorkflow.APPROVE));
        ratingReturn.setOnAction(e -> vm.step(RatingWorkflow.RETURN));
        ratingReopen.setOnAction(e -> vm.step(RatingWorkflow.REOPEN));
        ratingSubmit.disableProperty().bind(vm.stateProperty().isNotEqualTo(SheetState.DRAFT));
        ratingApprove.disableProperty().bind(vm.stateProperty().isNotEqualTo(SheetState.SUBMITTED));
        ratingReturn.disableProperty().bind(vm.stateProperty().isNotEqualTo(SheetState.SUBMITTED));
        ratingReopen.disableProperty().bind(vm.stateProperty().isNotEqualTo(SheetState.APPROVED));
        ratingPrint.disableProperty().bind(vm.loadedProperty().not());
        ratingExport.disableProperty().bind(vm.loadedProperty().not());
        ratingPrint.setOnAction(e -> new SheetPrintPreview(vm.context()).show(ratingGrid.getScene().getWindow(),
                vm.sheet(ratingBlank.isSelected())));
        ratingExport.setOnAction(e -> export());
        ratingState.textProperty().bind(vm.stateTextProperty());
        ratingSummary.textProperty().bind(vm.summaryProperty());
        ratingWarnings.textProperty().bind(vm.warningsProperty());
        ratingHistory.textProperty().bind(vm.historyProperty());
        vm.messageProperty().addListener((o, a, b) -> ratingMessage.setText(b));
        vm.rows().addListener((ListChangeListener<ScoreRow>) c -> rebuild());
        vm.loadBranches();
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName(vm.context().messages().get("rating.sheet.fileName",
                String.valueOf(vm.branchProperty().get()), vm.quarterTextProperty().get()));
        File f = chooser.showSaveDialog(ratingGrid.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath(), ratingBlank.isSelected());
        }
    }

    /** Lays the grid out again for the opened assessment. */
    private void rebuild() {
        ratingGrid.getChildren().clear();
        fields.clear();
        var m = vm.context().messages();
        int col = 0;
        header(m.get("rating.sheet.col.serial"), col++);
        header(m.get("rating.sheet.col.name"), col++);
        for (RatingDimension d : vm.dimensions()) {
            header(m.get("rating.col.dimension", d.name(), d.maxPoints()), col++);
        }
        header(m.get("rating.col.exempt"), col++);
        header(m.get("rating.sheet.col.total"), col++);
        header(m.get("rating.sheet.col.star"), col);
        for (int r = 0; r < vm.rows().size(); r++) {
            addRow(r, vm.rows().get(r));
        }
    }

    private void header(String text, int col) {
        Label l = new Label(text);
        l.getStyleClass().add("rating-header");
        l.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(l, HPos.CENTER);
        ratingGrid.add(l, col, 0);
    }

    private void addRow(int r, ScoreRow row) {
        int gridRow = r + 1;
        int col = 0;
        ratingGrid.add(cellLabel(String.valueOf(r + 1), "rating-serial"), col++, gridRow);
        Label name = cellLabel(row.name(), "rating-name");
        name.setId("name-" + r);
        ratingGrid.add(name, col++, gridRow);
        List<TextField> rowFields = new ArrayList<>();
        for (int c = 0; c < row.dimensions(); c++) {
            TextField f = scoreField(r, c, row);
            rowFields.add(f);
            ratingGrid.add(f, col++, gridRow);
        }
        fields.add(rowFields);
        CheckBox exempt = new CheckBox();
        exempt.setId("exempt-" + r);
        exempt.setFocusTraversable(false);
        exempt.selectedProperty().bindBidirectional(row.exemptProperty());
        exempt.disableProperty().bind(vm.editableProperty().not());
        exempt.getStyleClass().add("rating-cell");
        ratingGrid.add(exempt, col++, gridRow);
        Label total = cellLabel("", "rating-total");
        total.setId("total-" + r);
        total.textProperty().bind(row.totalProperty());
        ratingGrid.add(total, col++, gridRow);
        Label star = cellLabel("", "rating-star");
        star.setId("star-" + r);
        star.textProperty().bind(row.starProperty());
        ratingGrid.add(star, col, gridRow);
    }

    private static Label cellLabel(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("rating-cell", style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }

    private TextField scoreField(int r, int c, ScoreRow row) {
        TextField f = new TextField();
        f.setId("score-" + r + "-" + c);
        f.getStyleClass().add("rating-score");
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(row.cell(c));
        f.editableProperty().bind(vm.editableProperty());
        row.invalidProperty(c).addListener((o, a, bad) -> {
            if (bad) {
                f.getStyleClass().add("rating-invalid");
            } else {
                f.getStyleClass().remove("rating-invalid");
            }
        });
        f.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(f::selectAll);
            } else {
                vm.commit(row);
            }
        });
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(e, r, c));
        return f;
    }

    private void onKey(KeyEvent e, int r, int c) {
        int dims = vm.dimensions().size();
        if (PASTE.match(e)) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null && (text.contains("\n") || text.contains("\t"))) {
                vm.paste(r, c, text);
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case ENTER -> {
                focus(e.isShiftDown() ? r - 1 : r + 1, c);
                e.consume();
            }
            case TAB -> {
                int index = r * dims + c + (e.isShiftDown() ? -1 : 1);
                if (index >= 0 && index < vm.rows().size() * dims) {
                    focus(index / dims, index % dims);
                }
                e.consume();
            }
            case DOWN -> {
                focus(r + 1, c);
                e.consume();
            }
            case UP -> {
                focus(r - 1, c);
                e.consume();
            }
            default -> {
                // typing goes into the cell
            }
        }
    }

    private void focus(int r, int c) {
        if (r < 0 || r >= fields.size()) {
            return;
        }
        TextField f = fields.get(r).get(c);
        f.requestFocus();
        ensureVisible(f);
    }

    private void ensureVisible(Node n) {
        double h = ratingGrid.getHeight() - ratingGridScroll.getViewportBounds().getHeight();
        if (h > 0) {
            double y = n.getBoundsInParent().getMinY();
            double top = ratingGridScroll.getVvalue() * h;
            double viewport = ratingGridScroll.getViewportBounds().getHeight();
            if (y < top + 30 || y > top + viewport - 40) {
                ratingGridScroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 2) / h)));
            }
        }
    }
}
