package org.dangjiandesk.gui.importer;

import java.io.File;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.excel.roster.ImportProblem;
import org.dangjiandesk.logic.excel.roster.MemberChange;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.Masking;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;

/** The import wizard window; all state lives in {@link RosterImportViewModel}. */
public final class RosterImportView {
    @FXML private Button chooseFile;
    @FXML private Label fileLabel;
    @FXML private CheckBox createBranches;
    @FXML private ComboBox<OrgUnit> underOrg;
    @FXML private Button checkFile;
    @FXML private Label summaryLabel;
    @FXML private Tab problemsTab;
    @FXML private Tab changesTab;
    @FXML private Tab missingTab;
    @FXML private TableView<ImportProblem> problemsTable;
    @FXML private TableColumn<ImportProblem, Number> problemRowColumn;
    @FXML private TableColumn<ImportProblem, String> problemColumnColumn;
    @FXML private TableColumn<ImportProblem, String> problemMessageColumn;
    @FXML private TableView<MappingRow> mappingTable;
    @FXML private TableColumn<MappingRow, String> mappingLetterColumn;
    @FXML private TableColumn<MappingRow, String> mappingHeaderColumn;
    @FXML private TableColumn<MappingRow, RosterColumn> mappingTargetColumn;
    @FXML private TableView<MemberChange> changesTable;
    @FXML private TableColumn<MemberChange, Number> changeRowColumn;
    @FXML private TableColumn<MemberChange, String> changeNameColumn;
    @FXML private TableColumn<MemberChange, String> changeWhatColumn;
    @FXML private TableView<RosterEntry> missingTable;
    @FXML private TableColumn<RosterEntry, String> missingNameColumn;
    @FXML private TableColumn<RosterEntry, String> missingIdColumn;
    @FXML private CheckBox addNew;
    @FXML private CheckBox applyChanges;
    @FXML private Button applyImport;
    @FXML private Button closeImport;
    @FXML private Label resultLabel;

    private final RosterImportViewModel vm;
    private final Messages messages;

    public RosterImportView(RosterImportViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "RosterImport.fxml", messages.bundle());
    }

    /** Opens the wizard as a window of its own over {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.title"));
        stage.setScene(Styles.styled(new Scene(load())));
        closeImport.setOnAction(e -> stage.close());
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        chooseFile.setOnAction(e -> choose());
        fileLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? messages.get("import.noFile") : vm.fileProperty().get().toString(),
                vm.fileProperty()));
        createBranches.selectedProperty().bindBidirectional(vm.createBranchesProperty());
        underOrg.setItems(FXCollections.observableArrayList(vm.context().data().orgTree().all().stream()
                .filter(o -> o.isActive() && !o.type().allowedChildren().isEmpty()).toList()));
        underOrg.setConverter(orgNames());
        underOrg.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(OrgUnit o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? messages.get("common.none") : o.fullName());
            }
        });
        underOrg.valueProperty().bindBidirectional(vm.underProperty());
        checkFile.disableProperty().bind(vm.fileProperty().isNull().or(vm.busyProperty()));
        checkFile.setOnAction(e -> vm.check());
        summaryLabel.textProperty().bind(vm.summaryProperty());

        problemsTable.setItems(vm.problems());
        problemRowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        problemColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        problemMessageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        problemsTab.textProperty().bind(javafx.beans.binding.Bindings.size(vm.problems())
                .asString(messages.get("import.tab.problems") + " (%d)"));

        mappingTable.setItems(vm.mapping());
        mappingLetterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().letter()));
        mappingHeaderColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        mappingTargetColumn.setCellValueFactory(c -> c.getValue().columnProperty());
        var targets = FXCollections.<RosterColumn>observableArrayList((RosterColumn) null);
        targets.addAll(RosterColumn.values());
        mappingTargetColumn.setCellFactory(ComboBoxTableCell.forTableColumn(columnNames(), targets));
        mappingTargetColumn.setEditable(true);

        changesTable.setItems(vm.changes());
        changeRowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rowNumber()));
        changeNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().before().name()));
        changeWhatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().diffs().stream()
                .map(d -> messages.get("import.diff", d.column().header(), d.before(), d.after()))
                .collect(Collectors.joining("；"))));
        changesTab.textProperty().bind(javafx.beans.binding.Bindings.size(vm.changes())
                .asString(messages.get("import.tab.changes") + " (%d)"));

        missingTable.setItems(vm.missing());
        missingNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        missingIdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Masking.idNumber(c.getValue().idNumber())));
        missingTab.textProperty().bind(javafx.beans.binding.Bindings.size(vm.missing())
                .asString(messages.get("import.tab.missing") + " (%d)"));

        addNew.selectedProperty().bindBidirectional(vm.addNewProperty());
        applyChanges.selectedProperty().bindBidirectional(vm.applyChangesProperty());
        applyImport.disableProperty().bind(vm.canApply().not());
        applyImport.setOnAction(e -> vm.apply());
        resultLabel.textProperty().bind(vm.resultProperty());
    }

    private void choose() {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("import.chooseFile"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.fileFilter"),
                "*.xlsx", "*.xls", "*.csv"));
        File f = fc.showOpenDialog(chooseFile.getScene().getWindow());
        if (f != null) {
            vm.fileProperty().set(f.toPath());
            vm.check();
        }
    }

    private StringConverter<OrgUnit> orgNames() {
        return new StringConverter<>() {
            @Override
            public String toString(OrgUnit o) {
                return o == null ? messages.get("common.none") : o.fullName();
            }

            @Override
            public OrgUnit fromString(String s) {
                return null;
            }
        };
    }

    private StringConverter<RosterColumn> columnNames() {
        return new StringConverter<>() {
            @Override
            public String toString(RosterColumn c) {
                return c == null ? messages.get("import.ignoreColumn") : c.header();
            }

            @Override
            public RosterColumn fromString(String s) {
                return null;
            }
        };
    }
}
