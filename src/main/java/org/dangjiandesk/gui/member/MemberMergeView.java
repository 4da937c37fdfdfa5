package org.dangjiandesk.gui.member;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import org.dangjiandesk.gui.util.ViewLoader;

/** The merge table of {@link MemberMergeViewModel}: 字段 | 对方保存的值 | 我的值 | 保留我的. */
public final class MemberMergeView {
    @FXML private Label mergeMessage;
    @FXML private TableView<MemberMergeViewModel.Row> mergeTable;
    @FXML private TableColumn<MemberMergeViewModel.Row, String> fieldColumn;
    @FXML private TableColumn<MemberMergeViewModel.Row, String> theirsColumn;
    @FXML private TableColumn<MemberMergeViewModel.Row, String> mineColumn;
    @FXML private TableColumn<MemberMergeViewModel.Row, Boolean> keepMineColumn;
    @FXML private Button keepAllMine;
    @FXML private Button keepAllTheirs;

    private final MemberMergeViewModel vm;
    private final ResourceBundle bundle;

    public MemberMergeView(MemberMergeViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, "MemberMerge.fxml", bundle);
    }

    @FXML
    private void initialize() {
        mergeMessage.setText(vm.message());
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        theirsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().theirs()));
        mineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().mine()));
        keepMineColumn.setCellValueFactory(c -> c.getValue().keepMineProperty());
        keepMineColumn.setCellFactory(CheckBoxTableCell.forTableColumn(keepMineColumn));
        mergeTable.setItems(vm.rows());
        keepAllMine.setOnAction(e -> vm.keepAll(true));
        keepAllTheirs.setOnAction(e -> vm.keepAll(false));
    }
}
