package org.dangjiandesk.gui.org;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.dangjiandesk.gui.org.PlaceTreeModel.PlaceEntry;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.model.UnitSituation;

/**
 * The organisation screen (组织架构): the formal tree on the left, the selected organisation's form on the right,
 * and a second tab with the grids, compounds and buildings of each community.
 */
public final class OrgTreeView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    @FXML private VBox orgScreen;
    @FXML private TextField orgFilter;
    @FXML private CheckBox showDissolved;
    @FXML private Button addOrg;
    @FXML private Button moveOrg;
    @FXML private Button dissolveOrg;
    @FXML private TreeView<OrgUnit> orgTree;
    @FXML private Label noSelection;
    @FXML private VBox detailsBox;
    @FXML private Label detailsTitle;
    @FXML private Label countFull;
    @FXML private Label countProbationary;
    @FXML private Label countTotal;
    @FXML private VBox warningsBox;
    @FXML private VBox detailsForm;
    @FXML private TextField orgFullName;
    @FXML private TextField orgShortName;
    @FXML private TextField orgCode;
    @FXML private Label orgCodeError;
    @FXML private Label orgType;
    @FXML private Label orgParent;
    @FXML private DatePicker orgFoundedOn;
    @FXML private TextField orgFoundingDocNo;
    @FXML private ComboBox<UnitSituation> orgUnitSituation;
    @FXML private TextField orgAdminArea;
    @FXML private ComboBox<Place> orgPlace;
    @FXML private TextField orgSecretary;
    @FXML private CheckBox orgHasCommittee;
    @FXML private TextField orgContactName;
    @FXML private TextField orgContactPhone;
    @FXML private CheckBox orgMayApprove;
    @FXML private DatePicker orgTermStart;
    @FXML private DatePicker orgTermEnd;
    @FXML private Label termHint;
    @FXML private Label orgStatus;
    @FXML private GridPane dissolvedDetails;
    @FXML private Label orgDissolvedOn;
    @FXML private Label orgDissolvedReason;
    @FXML private Button saveOrg;
    @FXML private Label savedNote;
    @FXML private Button addGrid;
    @FXML private Button addCompound;
    @FXML private Button addBuilding;
    @FXML private TreeView<PlaceEntry> placeTree;

    private final OrgTreeViewModel vm;
    private final Messages messages;
    private final TreeSync<OrgUnit> orgSync = new TreeSync<>(OrgUnit::id);
    private final TreeSync<PlaceEntry> placeSync = new TreeSync<>(PlaceEntry::key);
    private final Set<Long> seenOrgs = new HashSet<>();
    private final Set<Object> seenPlaces = new HashSet<>();
    /** Expanded organisations before a filter was typed, restored when it is cleared. */
    private Set<Long> expandedBeforeFilter;
    private boolean syncing;

    public OrgTreeView(OrgTreeViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "OrgTree.fxml", messages.bundle());
    }

    @FXML
    private void initialize() {
        setUpTree();
        setUpActions();
        setUpDetails();
        setUpPlaces();
        orgScreen.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                saveNow();
                e.consume();
            }
        });
    }

    // ---- the tree ----

    private void setUpTree() {
        orgFilter.textProperty().bindBidirectional(vm.filterProperty());
        showDissolved.selectedProperty().bindBidirectional(vm.showDissolvedProperty());
        orgTree.setRoot(new TreeItem<>());
        orgTree.setCellFactory(tv -> new OrgTreeCell(vm));
        orgTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && now.getValue() != null) {
                vm.select(now.getValue().id());
            }
        });
        vm.visibleRootsProperty().addListener((obs, old, now) -> showTree(now));
        vm.selectedProperty().addListener((obs, old, now) -> selectInTree(now));
        vm.countsProperty().addListener((obs, old, now) -> orgTree.refresh());
        vm.filterProperty().addListener((obs, old, now) -> orgTree.refresh());
        showTree(vm.visibleRootsProperty().get());
    }

    private void showTree(List<TreeNode<OrgUnit>> roots) {
        syncing = true;
        try {
            boolean filtering = vm.isFiltering();
            if (filtering && expandedBeforeFilter == null) {
                expandedBeforeFilter = expandedIds(orgTree.getRoot(), new HashSet<>());
            }
            orgSync.sync(orgTree.getRoot(), roots);
            if (filtering) {
                expandAll(orgTree.getRoot());
            } else if (expandedBeforeFilter != null) {
                restoreExpanded(orgTree.getRoot(), expandedBeforeFilter);
                expandedBeforeFilter = null;
            }
            expandNew(orgTree.getRoot(), 0);
        } finally {
            syncing = false;
        }
        selectInTree(vm.selectedProperty().get());
    }

    /** New organisations near the top open at once, so a fresh screen shows the branches of each community. */
    private void expandNew(TreeItem<OrgUnit> parent, int depth) {
        for (TreeItem<OrgUnit> item : parent.getChildren()) {
            if (seenOrgs.add(item.getValue().id()) && depth <= 1) {
                item.setExpanded(true);
            }
            expandNew(item, depth + 1);
        }
    }

    private static Set<Long> expandedIds(TreeItem<OrgUnit> parent, Set<Long> out) {
        for (TreeItem<OrgUnit> item : parent.getChildren()) {
            if (item.isExpanded()) {
                out.add(item.getValue().id());
            }
            expandedIds(item, out);
        }
        return out;
    }

    private static void restoreExpanded(TreeItem<OrgUnit> parent, Set<Long> expanded) {
        for (TreeItem<OrgUnit> item : parent.getChildren()) {
            item.setExpanded(expanded.contains(item.getValue().id()));
            restoreExpanded(item, expanded);
        }
    }

    private static <T> void expandAll(TreeItem<T> parent) {
        for (TreeItem<T> item : parent.getChildren()) {
            if (!item.isLeaf()) {
                item.setExpanded(true);
            }
            expandAll(item);
        }
    }

    /** Selects the view-model's organisation in the tree (opening its parents) without echoing it back. */
    private void selectInTree(OrgUnit org) {
        TreeItem<OrgUnit> current = orgTree.getSelectionModel().getSelectedItem();
        if (org == null) {
            if (current != null) {
                syncing = true;
                orgTree.getSelectionModel().clearSelection();
                syncing = false;
            }
            return;
        }
        TreeItem<OrgUnit> item = orgSync.itemFor(org.id());
        if (item == null || !isShown(item) || current == item) {
            return;
        }
        syncing = true;
        try {
            for (TreeItem<OrgUnit> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            orgTree.getSelectionModel().select(item);
            int row = orgTree.getRow(item);
            if (row >= 0) {
                orgTree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /** True when the item hangs (still) under the tree's root. */
    private boolean isShown(TreeItem<?> item) {
        TreeItem<?> p = item;
        while (p.getParent() != null) {
            p = p.getParent();
        }
        return p == orgTree.getRoot();
    }

    // ---- actions ----

    private void setUpActions() {
        addOrg.disableProperty().bind(vm.canAddChildProperty().not());
        moveOrg.disableProperty().bind(vm.canMoveProperty().not());
        dissolveOrg.disableProperty().bind(vm.selectionActiveProperty().not());
        addOrg.setOnAction(e -> {
            OrgUnit parent = vm.selectedProperty().get();
            dialogs().askNewOrg(parent.fullName(), vm.childTypes())
                    .ifPresent(n -> vm.addChild(n.type(), n.fullName(), n.shortName()));
        });
        moveOrg.setOnAction(e -> {
            OrgUnit org = vm.selectedProperty().get();
            dialogs().askMoveTarget(org.displayName(), vm.moveTargets(), vm::pathName)
                    .ifPresent(target -> vm.move(org.id(), target.id()));
        });
        dissolveOrg.setOnAction(e -> {
            OrgUnit org = vm.selectedProperty().get();
            if (vm.checkDissolvable()) {
                dialogs().askDissolution(org.fullName(), vm.today())
                        .ifPresent(d -> vm.dissolve(d.on(), d.reason()));
            }
        });
    }

    private OrgDialogs dialogs() {
        Window owner = orgScreen.getScene() == null ? null : orgScreen.getScene().getWindow();
        return new OrgDialogs(messages, owner);
    }

    // ---- details ----

    private void setUpDetails() {
        OrgDetailsForm form = vm.form();
        noSelection.visibleProperty().bind(vm.hasSelectionProperty().not());
        detailsBox.visibleProperty().bind(vm.hasSelectionProperty());
        detailsForm.disableProperty().bind(vm.selectionActiveProperty().not());
        detailsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> vm.selectedProperty().get() == null ? "" : vm.selectedProperty().get().fullName(),
                vm.selectedProperty()));

        countFull.textProperty().bind(vm.fullCountProperty());
        countProbationary.textProperty().bind(vm.probationaryCountProperty());
        countTotal.textProperty().bind(vm.totalCountProperty());
        vm.warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        showWarnings();

        orgFullName.textProperty().bindBidirectional(form.fullNameProperty());
        orgShortName.textProperty().bindBidirectional(form.shortNameProperty());
        orgCode.textProperty().bindBidirectional(form.orgCodeProperty());
        orgCodeError.textProperty().bind(form.orgCodeErrorProperty());
        orgCodeError.visibleProperty().bind(form.orgCodeErrorProperty().isNotEmpty());
        orgCodeError.managedProperty().bind(orgCodeError.visibleProperty());
        orgType.textProperty().bind(vm.typeNameProperty());
        orgParent.textProperty().bind(vm.parentNameProperty());
        for (DatePicker p : List.of(orgFoundedOn, orgTermStart, orgTermEnd)) {
            DatePickers.iso(p, messages.get("org.datePrompt"));
        }
        orgFoundedOn.valueProperty().bindBidirectional(form.foundedOnProperty());
        orgFoundingDocNo.textProperty().bindBidirectional(form.foundingDocNoProperty());
        orgUnitSituation.getItems().setAll(UnitSituation.values());
        orgUnitSituation.setConverter(labelConverter(messages::label));
        orgUnitSituation.valueProperty().bindBidirectional(form.unitSituationProperty());
        orgAdminArea.textProperty().bindBidirectional(form.adminAreaProperty());
        orgPlace.setItems(vm.placeChoices());
        orgPlace.setConverter(labelConverter(vm::placeLabel));
        orgPlace.setCellFactory(lv -> labelCell(vm::placeLabel));
        orgPlace.setButtonCell(labelCell(vm::placeLabel));
        orgPlace.valueProperty().bindBidirectional(vm.linkedPlaceProperty());
        orgPlace.disableProperty().bind(vm.canLinkPlaceProperty().not());
        orgSecretary.textProperty().bindBidirectional(form.secretaryNameProperty());
        orgHasCommittee.selectedProperty().bindBidirectional(form.hasCommitteeProperty());
        orgHasCommittee.disableProperty().bind(vm.branchSelectedProperty().not());
        orgContactName.textProperty().bindBidirectional(form.contactNameProperty());
        orgContactPhone.textProperty().bindBidirectional(form.contactPhoneProperty());
        orgMayApprove.selectedProperty().bindBidirectional(form.mayApproveProbationaryProperty());
        orgTermStart.valueProperty().bindBidirectional(form.termStartProperty());
        orgTermEnd.valueProperty().bindBidirectional(form.termEndProperty());
        termHint.textProperty().bind(vm.termHintProperty());
        orgStatus.textProperty().bind(vm.statusTextProperty());
        orgDissolvedOn.textProperty().bind(vm.dissolvedOnProperty());
        orgDissolvedReason.textProperty().bind(vm.dissolvedReasonProperty());
        dissolvedDetails.visibleProperty().bind(vm.selectionDissolvedProperty());
        dissolvedDetails.managedProperty().bind(vm.selectionDissolvedProperty());

        saveOrg.disableProperty().bind(vm.canSaveProperty().not());
        saveOrg.setOnAction(e -> saveNow());
        savedNote.textProperty().bind(vm.savedNoteProperty());
    }

    private void saveNow() {
        for (DatePicker p : List.of(orgFoundedOn, orgTermStart, orgTermEnd)) {
            DatePickers.commit(p);
        }
        vm.save();
    }

    private void showWarnings() {
        warningsBox.getChildren().clear();
        int i = 0;
        for (String w : vm.warnings()) {
            Label l = new Label("⚠ " + w);
            l.setId("warning" + i++);
            l.setWrapText(true);
            l.getStyleClass().add("warning-label");
            l.setMaxWidth(Double.MAX_VALUE);
            warningsBox.getChildren().add(l);
        }
        warningsBox.setVisible(!vm.warnings().isEmpty());
        warningsBox.setManaged(!vm.warnings().isEmpty());
    }

    private static <T> StringConverter<T> labelConverter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choice only");
            }
        };
    }

    private static <T> ListCell<T> labelCell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    // ---- places ----

    private void setUpPlaces() {
        PlaceTreeModel places = vm.places();
        placeTree.setRoot(new TreeItem<>());
        placeTree.setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(PlaceEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : places.label(item));
                getStyleClass().removeAll("community-node");
                if (!empty && item != null && item.place() == null) {
                    getStyleClass().add("community-node");
                }
            }
        });
        placeTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                places.selectedProperty().set(now == null ? null : now.getValue()));
        places.rootsProperty().addListener((obs, old, now) -> showPlaces(now));
        vm.selectedProperty().addListener((obs, old, now) -> placeTree.refresh());
        showPlaces(places.rootsProperty().get());

        bindAdd(addGrid, PlaceKind.GRID);
        bindAdd(addCompound, PlaceKind.COMPOUND);
        bindAdd(addBuilding, PlaceKind.BUILDING);
    }

    private void bindAdd(Button button, PlaceKind kind) {
        PlaceTreeModel places = vm.places();
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !places.canAdd(kind),
                places.selectedProperty()));
        button.setOnAction(e -> places.add(kind));
    }

    private void showPlaces(List<TreeNode<PlaceEntry>> roots) {
        placeSync.sync(placeTree.getRoot(), roots);
        expandNewPlaces(placeTree.getRoot());
        placeTree.refresh();
        Long added = vm.places().takeJustAdded();
        if (added != null) {
            TreeItem<PlaceEntry> item = placeSync.itemFor("place-" + added);
            if (item != null) {
                for (TreeItem<PlaceEntry> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                placeTree.getSelectionModel().select(item);
            }
        }
    }

    private void expandNewPlaces(TreeItem<PlaceEntry> parent) {
        for (TreeItem<PlaceEntry> item : parent.getChildren()) {
            if (seenPlaces.add(item.getValue().key())) {
                item.setExpanded(true);
            }
            expandNewPlaces(item);
        }
    }
}
