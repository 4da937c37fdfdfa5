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

/** Wires the login screen to its view-model. */
public final class LoginView {
    @FXML private TextField loginName;
    @FXML private PasswordField password;
    @FXML private Label loginError;
    @FXML private Button loginButton;
    @FXML private ProgressIndicator loginBusy;

    private final LoginViewModel vm;

    public LoginView(LoginViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Login.fxml", vm.bundle());
    }

    @FXML
    private void initialize() {
        loginName.textProperty().bindBidirectional(vm.loginNameProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        loginError.textProperty().bind(vm.errorProperty());
        loginError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        loginError.managedProperty().bind(loginError.visibleProperty());
        loginBusy.visibleProperty().bind(vm.busyProperty());
        loginButton.disableProperty().bind(vm.busyProperty());
        loginName.disableProperty().bind(vm.busyProperty());
        password.disableProperty().bind(vm.busyProperty());
        loginButton.setOnAction(e -> vm.login());
        vm.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                password.requestFocus(); // after a refusal the password is typed again
            }
        });
        loginName.setOnAction(e -> password.requestFocus());
        Platform.runLater(() -> (vm.loginNameProperty().get().isEmpty() ? loginName : password).requestFocus());
    }
}
