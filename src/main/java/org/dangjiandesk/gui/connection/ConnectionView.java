package org.dangjiandesk.gui.connection;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.dangjiandesk.gui.util.ViewLoader;

/** The 数据库连接 screen: wires {@code Connection.fxml} to {@link ConnectionViewModel}. */
public final class ConnectionView {
    @FXML private Label currentDatabase;
    @FXML private CheckBox useShared;
    @FXML private GridPane sharedFields;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Button testConnection;
    @FXML private Button saveConnection;
    @FXML private Label connectionStatus;

    private final ConnectionViewModel vm;
    private final java.util.ResourceBundle bundle;

    public ConnectionView(ConnectionViewModel vm, java.util.ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    public Parent load() {
        return ViewLoader.load(this, "Connection.fxml", bundle);
    }

    @FXML
    private void initialize() {
        currentDatabase.textProperty().bind(vm.currentProperty());
        useShared.selectedProperty().bindBidirectional(vm.useSharedProperty());
        sharedFields.disableProperty().bind(vm.useSharedProperty().not());
        hostField.textProperty().bindBidirectional(vm.hostProperty());
        portField.textProperty().bindBidirectional(vm.portProperty());
        databaseField.textProperty().bindBidirectional(vm.databaseProperty());
        userField.textProperty().bindBidirectional(vm.userProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        testConnection.disableProperty().bind(vm.busyProperty().or(vm.useSharedProperty().not()));
        testConnection.setOnAction(e -> vm.testConnection());
        saveConnection.disableProperty().bind(vm.completeBinding().not());
        saveConnection.setOnAction(e -> vm.save());
        connectionStatus.textProperty().bind(vm.statusProperty());
    }
}
