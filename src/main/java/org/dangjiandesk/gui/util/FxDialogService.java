package org.dangjiandesk.gui.util;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.dangjiandesk.logic.i18n.Messages;

/** {@link DialogService} with JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, messages.get("dialog.error.title"), message).showAndWait();
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, messages.get("dialog.info.title"), message).showAndWait();
    }

    @Override
    public boolean confirm(String message) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, messages.get("dialog.confirm.title"), message);
        return a.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getDialogPane().getButtonTypes().setAll(ok(messages), cancel(messages));
        d.getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        return d.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {ok(messages), cancel(messages)} : new ButtonType[] {ok(messages)});
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        return a;
    }

    /**
     * 确定 from the app's bundle: JavaFX's own {@link ButtonType#OK} takes its text from the operating system's
     * language, so an English system showed "OK" in the Chinese app.
     */
    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** 取消 from the app's bundle (see {@link #ok}). */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
