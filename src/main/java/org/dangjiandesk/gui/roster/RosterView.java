package org.dangjiandesk.gui.roster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.dangjiandesk.gui.member.EventDialogView;
import org.dangjiandesk.gui.member.EventDialogViewModel;
import org.dangjiandesk.gui.member.MemberFormView;
import org.dangjiandesk.gui.member.MemberFormViewModel;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.Masking;
import org.dangjiandesk.logic.roster.RosterFlag;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.Sex;

/**
 * The roster screen: one search box, filters and a virtualised table over all members. Cells only format what
 * the slim row already holds, so scrolling 100,000 rows never reaches the database. Double-click or Enter edits a
 * member; the member form and the event dialog open as windows over this one.
 */
public final class RosterView {
    @FXML private VBox rosterScreen;
    @FXML private Label resultCount;
    @FXML private Button addMember;
    @FXML private Button editMember;
    @FXML private Button recordEvent;
    @FXML private Button importRoster;
    @FXML private Button exportRoster;
    @FXML private TextField searchField;
    @FXML private SearchableComboBox<OrgOption> orgFilter;
    @FXML private ComboBox<Choice<MemberCategory>> categoryFilter;
    @FXML private ComboBox<Choice<PartyStatus>> statusFilter;
    @FXML private ComboBox<Choice<RosterFlag>> flagFilter;
    @FXML private ComboBox<Choice<AgeBand>> ageBandFilter;
    @FXML private CheckBox showDeparted;
    @FXML private Button clearFilters;
    @FXML private TableView<RosterEntry> rosterTable;
    @FXML private TableColumn<RosterEntry, RosterEntry> nameColumn;
    @FXML private TableColumn<RosterEntry, Sex> sexColumn;
    @FXML private TableColumn<RosterEntry, String> ethnicityColumn;
    @FXML private TableColumn<RosterEntry, String> idNumberColumn;
    @FXML private TableColumn<RosterEntry, LocalDate> birthDateColumn;
    @FXML private TableColumn<RosterEntry, String> educationColumn;
    @FXML private TableColumn<RosterEntry, MemberCategory> categoryColumn;
    @FXML private TableColumn<RosterEntry, Long> orgColumn;
    @FXML private TableColumn<RosterEntry, LocalDate> joinedOnColumn;
    @FXML private TableColumn<RosterEntry, String> mobileColumn;
    @FXML private TableColumn<RosterEntry, String> statusColumn;
    @FXML private TableColumn<RosterEntry, String> flagsColumn;

    private final RosterViewModel vm;
    private final Messages messages;
    private OrgOption allOrgs;

    public RosterView(RosterViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "Roster.fxml", messages.bundle());
    }

    /** The roster view shown in a scene, if any (the benchmark drives it from outside). */
    public static Optional<RosterView> find(Scene scene) {
        Node node = scene == null ? null : scene.lookup("#rosterScreen");
        return node == null ? Optional.empty()
                : Optional.ofNullable((RosterView) node.getProperties().get(RosterView.class));
    }

    @FXML
    private void initialize() {
        rosterScreen.getProperties().put(RosterView.class, this);
        setUpTable();
        setUpFilters();
        resultCount.textProperty().bind(vm.resultCountText());

        editMember.disableProperty().bind(vm.nothingSelected());
        recordEvent.disableProperty().bind(vm.nothingSelected());
        addMember.setOnAction(e -> openNewMember());
        editMember.setOnAction(e -> openSelected());
        recordEvent.setOnAction(e -> openEventDialog());
        importRoster.setOnAction(e -> new org.dangjiandesk.gui.importer.RosterImportView(
                new org.dangjiandesk.gui.importer.RosterImportViewModel(vm.context())).show(importRoster.getScene().getWindow()));
        exportRoster.setOnAction(e -> chooseExportFile());
        // Ctrl+F: search, Ctrl+N: new member, while the roster is the screen shown
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination add = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        rosterScreen.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(find);
                old.getAccelerators().remove(add);
            }
            if (scene != null) {
                scene.getAccelerators().put(find, searchField::requestFocus);
                scene.getAccelerators().put(add, this::openNewMember);
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.F5), this::refreshNow);
            }
        });
    }

    private void setUpTable() {
        rosterTable.setItems(vm.shown());
        // the view-model keeps the order when the search changes; no sort column = 姓氏笔画 order
        rosterTable.setSortPolicy(t -> {
            vm.sortBy(t.getSortOrder().isEmpty() ? null : t.getComparator());
            return true;
        });
        vm.selectedProperty().bind(rosterTable.getSelectionModel().selectedItemProperty());
        keepSelectionAcrossRefresh();

        column(nameColumn, e -> e, RosterEntry::name);
        nameColumn.setComparator(Comparator.comparing((RosterEntry e) -> e.nameKeys().strokeSortKey())
                .thenComparingLong(RosterEntry::id));
        column(sexColumn, RosterEntry::sex, vm::label);
        column(ethnicityColumn, RosterEntry::ethnicityCode, vm::ethnicityLabel);
        column(idNumberColumn, RosterEntry::idNumber, Masking::idNumber);
        column(birthDateColumn, RosterEntry::birthDate, vm::birthAndAge);
        column(educationColumn, RosterEntry::educationCode, vm::educationLabel);
        column(categoryColumn, RosterEntry::category, vm::label);
        column(orgColumn, RosterEntry::orgId, vm::orgLabel);
        orgColumn.setComparator(Comparator.comparingInt(vm::orgOrder));
        column(joinedOnColumn, RosterEntry::joinedOn, LocalDate::toString);
        column(mobileColumn, RosterEntry::mobilePhone, Masking::phone);
        column(statusColumn, vm::statusText, s -> s);
        column(flagsColumn, vm::flagsText, s -> s);

        rosterTable.setRowFactory(t -> {
            TableRow<RosterEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(RosterEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean departed = !empty && item != null && !item.isCurrent();
                    if (departed != getStyleClass().contains("departed")) {
                        if (departed) {
                            getStyleClass().add("departed");
                        } else {
                            getStyleClass().removeAll("departed");
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openMember(row.getItem());
                }
            });
            return row;
        });
        rosterTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                e.consume();
                openSelected();
            }
        });
        vm.context().data().orgTreeProperty().addListener(o -> rosterTable.refresh());
    }

    /** A column whose cells only format a value taken from the slim row: cheap enough for 100,000 rows. */
    private static <T> void column(TableColumn<RosterEntry, T> col, Function<RosterEntry, T> value,
            Function<T, String> format) {
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
    }

    private void setUpFilters() {
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            } else if (e.getCode() == KeyCode.DOWN && !rosterTable.getItems().isEmpty()) {
                rosterTable.requestFocus();
                rosterTable.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && rosterTable.getItems().size() == 1) {
                rosterTable.getSelectionModel().selectFirst();
                openSelected();
            }
        });

        allOrgs = new OrgOption(0, messages.get("roster.filter.allOrgs"), 0, null);
        refreshOrgFilterItems();
        vm.orgOptions().addListener((javafx.collections.ListChangeListener<OrgOption>) c -> refreshOrgFilterItems());
        orgFilter.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrgOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item == allOrgs ? item.name() : item.indented());
            }
        });
        orgFilter.valueProperty().addListener((obs, old, now) ->
                vm.orgFilterProperty().set(now == null || now == allOrgs ? null : now.id()));
        vm.orgFilterProperty().addListener((obs, old, now) -> {
            OrgOption shown = now == null ? allOrgs : OrgOption.find(vm.orgOptions(), now);
            if (orgFilter.getValue() != shown) {
                orgFilter.setValue(shown == null ? allOrgs : shown);
            }
        });

        choices(categoryFilter, messages.get("roster.filter.allCategories"),
                Arrays.asList(MemberCategory.values()), vm.categoryFilterProperty());
        choices(statusFilter, messages.get("roster.filter.allStatuses"),
                Arrays.asList(PartyStatus.values()), vm.statusFilterProperty());
        choices(flagFilter, messages.get("roster.filter.allFlags"),
                Arrays.asList(RosterFlag.values()), vm.flagFilterProperty());
        choices(ageBandFilter, messages.get("roster.filter.allAges"),
                Arrays.asList(AgeBand.values()), vm.ageBandFilterProperty());
        showDeparted.selectedProperty().bindBidirectional(vm.showDepartedProperty());
        clearFilters.setOnAction(e -> vm.clearFilters());
    }

    private void refreshOrgFilterItems() {
        Long chosen = vm.orgFilterProperty().get();
        List<OrgOption> items = new java.util.ArrayList<>(vm.orgOptions().size() + 1);
        items.add(allOrgs);
        items.addAll(vm.orgOptions());
        orgFilter.getItems().setAll(items);
        OrgOption keep = OrgOption.find(vm.orgOptions(), chosen);
        orgFilter.setValue(keep == null ? allOrgs : keep);
    }

    /** A filter ComboBox with an "all" entry first, kept in step with a view-model property both ways. */
    private <T extends Enum<T>> void choices(ComboBox<Choice<T>> box, String allLabel, List<T> values,
            ObjectProperty<T> property) {
        List<Choice<T>> items = Choice.withEmpty(allLabel, values, vm::label);
        box.getItems().setAll(items);
        box.setValue(Choice.find(items, property.get()));
        box.valueProperty().addListener((obs, old, now) -> property.set(now == null ? null : now.value()));
        property.addListener((obs, old, now) -> {
            if (box.getValue() == null || box.getValue().value() != now) {
                box.setValue(Choice.find(items, now));
            }
        });
    }

    // --- actions ---

    private Window window() {
        return rosterScreen.getScene() == null ? null : rosterScreen.getScene().getWindow();
    }

    private void openNewMember() {
        MemberFormViewModel form = MemberFormViewModel.forNew(vm.context(), defaultOrgForNew());
        form.setOnSaved(this::reveal);
        new MemberFormView(form).open(window());
    }

    /** A new member goes into the organisation the roster is filtered to, when members can be registered there. */
    private Long defaultOrgForNew() {
        Long chosen = vm.orgFilterProperty().get();
        if (chosen == null) {
            return null;
        }
        return vm.context().data().orgTree().find(chosen)
                .filter(o -> o.isActive() && o.type().holdsMembers()).map(o -> o.id()).orElse(null);
    }

    private void openSelected() {
        RosterEntry e = vm.selectedProperty().get();
        if (e != null) {
            openMember(e);
        }
    }

    private void openMember(RosterEntry entry) {
        MemberFormViewModel form = MemberFormViewModel.forExisting(vm.context(), entry.id());
        form.setOnSaved(this::reveal);
        new MemberFormView(form).open(window());
    }

    private void openEventDialog() {
        RosterEntry e = vm.selectedProperty().get();
        if (e == null) {
            return;
        }
        EventDialogViewModel dialog = new EventDialogViewModel(vm.context(), e.id());
        dialog.setOnRecorded(this::reveal);
        new EventDialogView(dialog).open(window());
    }

    // --- several clerks: periodic refresh that keeps the selection ---

    /** How often the roster is read again when it lives on a shared database. */
    static final javafx.util.Duration REFRESH_EVERY = javafx.util.Duration.seconds(60);

    private Long selectedId;

    /**
     * The shown rows are replaced when the roster is read again: select the same member (by id) in the new rows.
     * On a shared database the roster is read again every {@link #REFRESH_EVERY} while the screen is shown.
     */
    private void keepSelectionAcrossRefresh() {
        rosterTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                selectedId = now.id();
            }
        });
        vm.shown().addListener((javafx.collections.ListChangeListener<RosterEntry>) c -> {
            RosterEntry sel = rosterTable.getSelectionModel().getSelectedItem();
            if (selectedId != null && (sel == null || sel.id() != selectedId)) {
                for (int i = 0; i < vm.shown().size(); i++) {
                    if (vm.shown().get(i).id() == selectedId) {
                        rosterTable.getSelectionModel().clearAndSelect(i);
                        break;
                    }
                }
            }
        });
        if (vm.context().services().sharedDatabase().onSharedDatabase()) {
            javafx.animation.Timeline refresher = new javafx.animation.Timeline(
                    new javafx.animation.KeyFrame(REFRESH_EVERY, e -> refreshNow()));
            refresher.setCycleCount(javafx.animation.Animation.INDEFINITE);
            rosterTable.sceneProperty().addListener((obs, was, scene) -> {
                if (scene != null) {
                    refresher.play();
                } else {
                    refresher.stop();
                }
            });
        }
    }

    /** Reads the roster again now (F5, and the periodic refresh); the selection stays on the same member. */
    void refreshNow() {
        vm.context().data().refresh(() -> { });
    }

    /** Selects a saved member's row and scrolls to it, if the filters show it. */
    private void reveal(RosterEntry saved) {
        int index = rosterTable.getItems().indexOf(saved);
        if (index >= 0) {
            rosterTable.getSelectionModel().clearAndSelect(index);
            rosterTable.scrollTo(Math.max(0, index - 3));
        }
    }

    // --- for the benchmark and tests ---

    public RosterViewModel viewModel() {
        return vm;
    }

    public TableView<RosterEntry> table() {
        return rosterTable;
    }

    /**
     * Exports what the table shows now (search and filters applied), masked, in 姓氏笔画 order: first the columns
     * (the national 16 items preset), then the file.
     */
    private void chooseExportFile() {
        var messages = vm.context().messages();
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(exportRoster.getScene().getWindow());
        dialog.setTitle(messages.get("roster.exportColumns.title"));
        dialog.getDialogPane().setContent(new ExportColumnsView(vm.exportColumns(), messages.bundle()).load());
        javafx.scene.control.ButtonType next = new javafx.scene.control.ButtonType(
                messages.get("roster.exportColumns.next"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(messages.get("common.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(next, cancel);
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(vm.exportColumns().nothingChosenProperty());
        dialog.getDialogPane().getStylesheets().addAll(org.dangjiandesk.gui.util.Styles.stylesheets());
        if (dialog.showAndWait().filter(b -> b == next).isEmpty()) {
            return;
        }
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(vm.context().messages().get("roster.export"));
        fc.setInitialFileName(vm.context().messages().get("export.roster.title") + ".xlsx");
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        java.io.File f = fc.showSaveDialog(exportRoster.getScene().getWindow());
        if (f != null) {
            vm.exportShown(f.toPath());
        }
    }
}
