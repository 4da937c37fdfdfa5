package org.dangjiandesk.gui.rating;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.Scores;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.PointEntry;
import org.dangjiandesk.model.RosterEntry;

/** The points tab: batch entry for an activity, approval of pending entries, a member's ledger. */
public final class PointsView {
    @FXML private ComboBox<BranchOption> pointsBranch;
    @FXML private ListView<RosterEntry> pointsMembers;
    @FXML private DatePicker pointsDate;
    @FXML private ComboBox<PointCategory> pointsCategory;
    @FXML private TextField pointsValue;
    @FXML private TextField pointsNote;
    @FXML private TextField pointsEnteredBy;
    @FXML private Button pointsAdd;
    @FXML private TableView<PointEntry> pendingTable;
    @FXML private TextField pointsApprover;
    @FXML private Button pointsApprove;
    @FXML private TableView<PointEntry> ledgerTable;

    private final PointsViewModel vm;

    public PointsView(PointsViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Points.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        Messages m = vm.context().messages();
        pointsBranch.setItems(vm.branches());
        pointsBranch.valueProperty().bindBidirectional(vm.branchProperty());
        pointsMembers.setItems(vm.members());
        pointsMembers.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        pointsMembers.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RosterEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name());
            }
        });
        pointsMembers.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.showLedger(b));
        pointsDate.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        pointsDate.valueProperty().bindBidirectional(vm.dateProperty());
        pointsCategory.getItems().setAll(PointCategory.values());
        pointsCategory.setConverter(new StringConverter<>() {
            @Override
            public String toString(PointCategory c) {
                return c == null ? "" : m.label(c);
            }

            @Override
            public PointCategory fromString(String s) {
                return null;
            }
        });
        pointsCategory.valueProperty().bindBidirectional(vm.categoryProperty());
        pointsValue.textProperty().bindBidirectional(vm.pointsProperty());
        pointsNote.textProperty().bindBidirectional(vm.noteProperty());
        pointsEnteredBy.textProperty().bindBidirectional(vm.enteredByProperty());
        pointsAdd.setOnAction(e -> vm.addForActivity(pointsMembers.getSelectionModel().getSelectedItems()));
        pointsApprover.textProperty().bindBidirectional(vm.approverProperty());
        pendingTable.setItems(vm.pending());
        pendingTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        columns(pendingTable, m, true);
        pointsApprove.setOnAction(e -> vm.approve(pendingTable.getSelectionModel().getSelectedItems()));
        ledgerTable.setItems(vm.ledger());
        pendingTable.setPlaceholder(new Label(m.get("rating.points.nonePending")));
        ledgerTable.setPlaceholder(new Label(m.get("rating.points.pickMember")));
        columns(ledgerTable, m, false);
    }

    private void columns(TableView<PointEntry> t, Messages m, boolean withName) {
        if (withName) {
            t.getColumns().add(column(m.get("rating.sheet.col.name"), 80, e -> vm.memberName(e.memberId())));
        }
        t.getColumns().add(column(m.get("rating.points.col.date"), 95, e -> e.date().toString()));
        t.getColumns().add(column(m.get("rating.points.col.category"), 90, e -> m.label(e.category())));
        t.getColumns().add(column(m.get("rating.points.col.points"), 55, e -> Scores.format(e.points())));
        t.getColumns().add(column(m.get("rating.points.col.note"), 160, e -> e.note() == null ? "" : e.note()));
        t.getColumns().add(column(m.get("rating.points.col.enteredBy"), 70, PointEntry::enteredBy));
        if (!withName) {
            t.getColumns().add(column(m.get("rating.points.col.approvedBy"), 70,
                    e -> e.approvedBy() == null ? m.get("rating.points.pending") : e.approvedBy()));
        }
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
