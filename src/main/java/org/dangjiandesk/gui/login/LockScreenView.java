package org.dangjiandesk.gui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import org.dangjiandesk.gui.util.ViewLoader;

/** Wires the lock screen to its view-model. */
public final class LockScreenView {
    @FXML private Label lockUser;
    @FXML private PasswordField unlockPassword;
    @FXML private Label unlockError;
    @FXML private Button unlockButton;
    @FXML private Button quitButton;
    @FXML private ProgressIndicator unlockBusy;

    private final LockScreenViewModel vm;

    public LockScreenView(LockScreenViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "LockScreen.fxml", vm.bundle());
    }

    @FXML
    private void initialize() {
        lockUser.setText(vm.userText());
        unlockPassword.textProperty().bindBidirectional(vm.passwordProperty());
        unlockError.textProperty().bind(vm.errorProperty());
        unlockError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        unlockError.managedProperty().bind(unlockError.visibleProperty());
        unlockBusy.visibleProperty().bind(vm.busyProperty());
        unlockButton.disableProperty().bind(vm.busyProperty());
        unlockButton.setOnAction(e -> vm.unlock());
        quitButton.setOnAction(e -> vm.quit());
        Platform.runLater(unlockPassword::requestFocus);
    }
}
