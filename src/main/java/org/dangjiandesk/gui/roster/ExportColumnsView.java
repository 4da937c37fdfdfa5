package org.dangjiandesk.gui.roster;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.excel.roster.RosterColumn;

/** The column choice shown before a roster export: a checklist of every column, with national / all shortcuts. */
public final class ExportColumnsView {
    @FXML private CheckListView<RosterColumn> columnList;
    @FXML private Button chooseNational;
    @FXML private Button chooseAll;

    private final ExportColumnsViewModel vm;
    private final ResourceBundle bundle;
    private boolean syncing;

    public ExportColumnsView(ExportColumnsViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, "ExportColumns.fxml", bundle);
    }

    @FXML
    private void initialize() {
        columnList.getItems().setAll(vm.allColumns());
        columnList.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<>(
                columnList::getItemBooleanProperty, new StringConverter<>() {
                    @Override
                    public String toString(RosterColumn c) {
                        return c == null ? "" : c.header();
                    }

                    @Override
                    public RosterColumn fromString(String s) {
                        return null;
                    }
                }));
        showChosen();
        columnList.getCheckModel().getCheckedItems().addListener((ListChangeListener<RosterColumn>) c -> {
            if (!syncing) {
                for (RosterColumn col : vm.allColumns()) {
                    vm.choose(col, columnList.getCheckModel().isChecked(col));
                }
            }
        });
        vm.chosen().addListener((ListChangeListener<RosterColumn>) c -> showChosen());
        chooseNational.setOnAction(e -> vm.chooseNational());
        chooseAll.setOnAction(e -> vm.chooseAll());
    }

    /** Ticks exactly the view-model's columns (without echoing the ticks back). */
    private void showChosen() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (RosterColumn col : vm.allColumns()) {
                if (vm.chosen().contains(col)) {
                    columnList.getCheckModel().check(col);
                } else {
                    columnList.getCheckModel().clearCheck(col);
                }
            }
        } finally {
            syncing = false;
        }
    }
}
