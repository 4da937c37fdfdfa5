package org.dangjiandesk.gui.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.backup.BackupInfo;
import org.dangjiandesk.logic.backup.BackupKind;
import org.dangjiandesk.logic.backup.BackupService;

/**
 * 备份与恢复: the backup folder, the backups in it, backing up now and restoring one. A restore replaces the
 * database the whole app works on, so afterwards the app closes ({@code exitApp}) and is opened again.
 */
public final class BackupViewModel {
    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final GuiContext ctx;
    private final Runnable exitApp;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();

    public BackupViewModel(GuiContext ctx, Runnable exitApp) {
        this.ctx = ctx;
        this.exitApp = exitApp;
    }

    private BackupService service() {
        return ctx.services().backup();
    }

    public boolean available() {
        return service().available();
    }

    /** Reads the folder and its backups. */
    public void refresh() {
        if (!available()) {
            status.set(ctx.messages().get("backup.unavailable"));
            return;
        }
        run(BackgroundTask.of(p -> new Listing(service().folder(), service().list())).onSuccess(l -> {
            folder.set(l.folder().toString());
            backups.setAll(l.backups());
        }));
    }

    private record Listing(Path folder, java.util.List<BackupInfo> backups) {
    }

    public void chooseFolder(Path chosen) {
        run(BackgroundTask.of(p -> {
            service().chooseFolder(chosen);
            return null;
        }).onSuccess(v -> refresh()));
    }

    public void backupNow() {
        status.set(ctx.messages().get("backup.working"));
        run(BackgroundTask.of(p -> service().backup(BackupKind.MANUAL)).onSuccess(made -> {
            status.set(ctx.messages().get("backup.done", made.file().getFileName().toString(), made.totalRows()));
            refresh();
        }));
    }

    /** Asks, then restores the selected backup and closes the app. */
    public void restoreSelected() {
        BackupInfo b = selected.get();
        if (b == null || !ctx.dialogs().confirm(ctx.messages().get("backup.restore.confirm", b.created().format(CREATED)))) {
            return;
        }
        status.set(ctx.messages().get("backup.working"));
        run(BackgroundTask.of(p -> service().restore(b.file())).onSuccess(result -> {
            ctx.dialogs().showInfo(ctx.messages().get("backup.restore.done", b.created().format(CREATED),
                    result.stateBefore().map(s -> s.file().getFileName().toString()).orElse("—")));
            exitApp.run();
        }));
    }

    private <T> void run(BackgroundTask<T> task) {
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(task.work()).onSuccess(r -> {
            busy.set(false);
            task.successHandler().accept(r);
        }).onFailure(t -> {
            busy.set(false);
            status.set("");
            ctx.showFailure(t);
        }));
    }

    public String kindLabel(BackupKind kind) {
        return ctx.messages().get("backup.kind." + kind.name());
    }

    public String verifiedLabel(boolean verified) {
        return ctx.messages().get(verified ? "backup.verified.yes" : "backup.verified.no");
    }

    public ResourceBundle bundle() {
        return ctx.messages().bundle();
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }
}
