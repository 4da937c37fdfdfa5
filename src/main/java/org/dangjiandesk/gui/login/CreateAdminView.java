package org.dangjiandesk.gui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.dangjiandesk.gui.util.ViewLoader;

/** Wires the first administrator's screen to its view-model. */
public final class CreateAdminView {
    @FXML private Label unprotectedNote;
    @FXML private TextField adminLogin;
    @FXML private TextField adminDisplayName;
    @FXML private PasswordField adminPassword;
    @FXML private PasswordField adminRepeat;
    @FXML private Label createAdminError;
    @FXML private Button createAdminButton;
    @FXML private ProgressIndicator createAdminBusy;

    private final CreateAdminViewModel vm;

    public CreateAdminView(CreateAdminViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "CreateAdmin.fxml", vm.bundle());
    }

    @FXML
    private void initialize() {
        unprotectedNote.setVisible(vm.unprotected());
        unprotectedNote.setManaged(vm.unprotected());
        adminLogin.textProperty().bindBidirectional(vm.loginNameProperty());
        adminDisplayName.textProperty().bindBidirectional(vm.displayNameProperty());
        adminPassword.textProperty().bindBidirectional(vm.passwordProperty());
        adminRepeat.textProperty().bindBidirectional(vm.repeatProperty());
        createAdminError.textProperty().bind(vm.errorProperty());
        createAdminError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        createAdminError.managedProperty().bind(createAdminError.visibleProperty());
        createAdminBusy.visibleProperty().bind(vm.busyProperty());
        createAdminButton.disableProperty().bind(vm.busyProperty());
        createAdminButton.setOnAction(e -> vm.create());
        Platform.runLater(adminLogin::requestFocus);
    }
}
