package org.dangjiandesk.gui.backup;

import java.io.File;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.DirectoryChooser;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.backup.BackupInfo;

/** 备份与恢复: wires the screen's controls to {@link BackupViewModel}. */
public final class BackupView {
    @FXML private Label backupFolder;
    @FXML private Label backupStatus;
    @FXML private ProgressIndicator backupBusy;
    @FXML private Button backupChooseFolder;
    @FXML private Button backupNow;
    @FXML private Button backupRestore;
    @FXML private TableView<BackupInfo> backupTable;
    @FXML private TableColumn<BackupInfo, String> createdColumn;
    @FXML private TableColumn<BackupInfo, String> kindColumn;
    @FXML private TableColumn<BackupInfo, String> sizeColumn;
    @FXML private TableColumn<BackupInfo, String> rowsColumn;
    @FXML private TableColumn<BackupInfo, String> verifiedColumn;
    @FXML private TableColumn<BackupInfo, String> fileColumn;

    private final BackupViewModel vm;

    public BackupView(BackupViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Backup.fxml", vm.bundle());
    }

    @FXML
    private void initialize() {
        backupFolder.textProperty().bind(vm.folderProperty());
        backupStatus.textProperty().bind(vm.statusProperty());
        backupBusy.visibleProperty().bind(vm.busyProperty());
        backupTable.setItems(vm.backups());
        createdColumn.setCellValueFactory(c -> text(c.getValue().created().format(BackupViewModel.CREATED)));
        kindColumn.setCellValueFactory(c -> text(vm.kindLabel(c.getValue().kind())));
        sizeColumn.setCellValueFactory(c -> text(size(c.getValue().sizeBytes())));
        rowsColumn.setCellValueFactory(c -> text(c.getValue().verified()
                ? String.format(Locale.ROOT, "%,d", c.getValue().totalRows()) : ""));
        verifiedColumn.setCellValueFactory(c -> text(vm.verifiedLabel(c.getValue().verified())));
        fileColumn.setCellValueFactory(c -> text(c.getValue().file().getFileName().toString()));
        vm.selectedProperty().bind(backupTable.getSelectionModel().selectedItemProperty());
        boolean available = vm.available();
        backupNow.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !available)));
        backupChooseFolder.disableProperty().bind(backupNow.disableProperty());
        backupRestore.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        backupNow.setOnAction(e -> vm.backupNow());
        backupRestore.setOnAction(e -> vm.restoreSelected());
        backupChooseFolder.setOnAction(e -> chooseFolder());
        vm.refresh();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(vm.bundle().getString("backup.folder.chooseTitle"));
        File current = new File(vm.folderProperty().get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(backupTable.getScene().getWindow());
        if (chosen != null) {
            vm.chooseFolder(chosen.toPath());
        }
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
