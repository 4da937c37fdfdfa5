package org.dangjiandesk.gui.rating;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.SchemeService.SchemeInfo;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.StarLevel;

/** The scheme tab: the list of schemes and the editor of the selected one. */
public final class SchemeView {
    @FXML private ListView<SchemeInfo> schemeList;
    @FXML private Label schemeFrozen;
    @FXML private TextField schemeName;
    @FXML private TextField schemeYear;
    @FXML private GridPane dimensionGrid;
    @FXML private Button dimensionAdd;
    @FXML private GridPane capGrid;
    @FXML private TextField bonusCap;
    @FXML private TextField deductionCap;
    @FXML private GridPane starGrid;
    @FXML private CheckBox exemptFrail;
    @FXML private GridPane gradeGrid;
    @FXML private Button schemeSave;
    @FXML private Button schemeCopy;

    private final SchemeViewModel vm;

    public SchemeView(SchemeViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Scheme.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        Messages m = vm.context().messages();
        schemeList.setItems(vm.schemes());
        schemeList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SchemeInfo i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : vm.label(i));
            }
        });
        schemeList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> schemeList.getSelectionModel().select(b));
        schemeFrozen.visibleProperty().bind(vm.editableProperty().not().and(vm.selectedProperty().isNotNull()));
        schemeFrozen.managedProperty().bind(schemeFrozen.visibleProperty());
        bind(schemeName, vm.nameProperty());
        bind(schemeYear, vm.yearProperty());
        bind(bonusCap, vm.bonusCapProperty());
        bind(deductionCap, vm.deductionCapProperty());
        exemptFrail.selectedProperty().bindBidirectional(vm.exemptFrailProperty());
        exemptFrail.disableProperty().bind(vm.editableProperty().not());
        int row = 0;
        for (PointCategory c : PointCategory.values()) {
            capGrid.add(new Label(m.label(c)), (row % 4) * 2, row / 4);
            capGrid.add(field(vm.categoryCap(c), 4), (row % 4) * 2 + 1, row / 4);
            row++;
        }
        starGrid.add(new Label(m.get("rating.scheme.minScore")), 0, 1);
        starGrid.add(new Label(m.get("rating.scheme.quota")), 0, 2);
        int col = 1;
        for (int s = 5; s >= 1; s--) {
            StarLevel star = StarLevel.ofStars(s);
            starGrid.add(new Label(star.symbols()), col, 0);
            starGrid.add(field(vm.range(star), 4), col, 1);
            starGrid.add(field(vm.quota(star), 4), col, 2);
            col++;
        }
        gradeGrid.add(new Label(m.get("rating.scheme.gradePoints")), 0, 1);
        gradeGrid.add(new Label(m.get("rating.scheme.gradeCeiling")), 0, 2);
        col = 1;
        for (AppraisalGrade g : AppraisalGrade.values()) {
            gradeGrid.add(new Label(m.label(g)), col, 0);
            gradeGrid.add(field(vm.gradePoints(g), 4), col, 1);
            gradeGrid.add(field(vm.gradeCeiling(g), 4), col, 2);
            col++;
        }
        vm.dimensions().addListener((ListChangeListener<SchemeViewModel.DimensionRow>) c -> rebuildDimensions());
        dimensionAdd.disableProperty().bind(vm.editableProperty().not());
        dimensionAdd.setOnAction(e -> vm.addDimension());
        schemeSave.disableProperty().bind(vm.editableProperty().not());
        schemeSave.setOnAction(e -> vm.save());
        schemeCopy.disableProperty().bind(vm.selectedProperty().isNull());
        schemeCopy.setOnAction(e -> vm.copy());
    }

    private void rebuildDimensions() {
        Messages m = vm.context().messages();
        dimensionGrid.getChildren().clear();
        dimensionGrid.add(new Label(m.get("rating.scheme.dimension")), 0, 0);
        dimensionGrid.add(new Label(m.get("rating.scheme.maxPoints")), 1, 0);
        int r = 1;
        for (SchemeViewModel.DimensionRow d : vm.dimensions()) {
            TextField name = field(d.name(), 10);
            name.setId("dimensionName-" + (r - 1));
            TextField max = field(d.max(), 4);
            max.setId("dimensionMax-" + (r - 1));
            Button remove = new Button("×");
            remove.disableProperty().bind(vm.editableProperty().not());
            remove.setOnAction(e -> vm.removeDimension(d));
            dimensionGrid.addRow(r++, name, max, remove);
        }
    }

    private TextField field(StringProperty p, int columns) {
        TextField f = new TextField();
        f.setPrefColumnCount(columns);
        bind(f, p);
        return f;
    }

    private void bind(TextField f, StringProperty p) {
        f.textProperty().bindBidirectional(p);
        f.editableProperty().bind(vm.editableProperty());
    }
}
