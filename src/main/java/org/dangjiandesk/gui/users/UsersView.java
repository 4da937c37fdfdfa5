package org.dangjiandesk.gui.users;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;

/** Wires the user management screen to its view-model. */
public final class UsersView {
    @FXML private Button newUser;
    @FXML private TableView<UserAccount> usersTable;
    @FXML private TableColumn<UserAccount, String> userLoginColumn;
    @FXML private TableColumn<UserAccount, String> userNameColumn;
    @FXML private TableColumn<UserAccount, String> userRoleColumn;
    @FXML private TableColumn<UserAccount, String> userGrantsColumn;
    @FXML private TableColumn<UserAccount, String> userStateColumn;
    @FXML private Label userFormTitle;
    @FXML private TextField userLogin;
    @FXML private TextField userDisplayName;
    @FXML private ComboBox<Role> userRole;
    @FXML private VBox userGrants;
    @FXML private CheckBox userActive;
    @FXML private PasswordField userPassword;
    @FXML private PasswordField userRepeat;
    @FXML private Label userMessage;
    @FXML private Button saveUser;
    @FXML private Button resetPassword;
    @FXML private javafx.scene.control.Spinner<Integer> idleMinutes;
    @FXML private Button saveIdle;

    private final UsersViewModel vm;

    public UsersView(UsersViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Users.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        Messages m = vm.context().messages();
        usersTable.setItems(vm.users());
        userLoginColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().loginName()));
        userNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        userRoleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(m.get("role." + c.getValue().role())));
        userGrantsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("、",
                c.getValue().extraPermissions().stream().sorted().map(p -> m.get("permission." + p)).toList())));
        userStateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(userState(m, c.getValue())));
        usersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            updateTitle(m);
            if (now == null) {
                usersTable.getSelectionModel().clearSelection();
            }
        });
        updateTitle(m);
        userLogin.textProperty().bindBidirectional(vm.loginNameProperty());
        userLogin.editableProperty().bind(vm.selectedProperty().isNull());
        userDisplayName.textProperty().bindBidirectional(vm.displayNameProperty());
        userRole.getItems().setAll(Role.values());
        userRole.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : m.get("role." + r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        userRole.valueProperty().bindBidirectional(vm.roleProperty());
        vm.grants().forEach((p, flag) -> {
            CheckBox box = new CheckBox(m.get("permission." + p));
            box.setId("grant" + p.name());
            box.selectedProperty().bindBidirectional(flag);
            userGrants.getChildren().add(box);
        });
        userActive.selectedProperty().bindBidirectional(vm.activeProperty());
        userActive.disableProperty().bind(vm.selectedProperty().isNull());
        userPassword.textProperty().bindBidirectional(vm.passwordProperty());
        userRepeat.textProperty().bindBidirectional(vm.repeatProperty());
        userMessage.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((obs, old, err) -> userMessage.getStyleClass()
                .setAll(err ? "error-label" : "label"));
        resetPassword.disableProperty().bind(vm.selectedProperty().isNull());
        idleMinutes.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(0, 120,
                vm.idleMinutesProperty().get()));
        idleMinutes.getValueFactory().valueProperty().addListener((obs, old, now) ->
                vm.idleMinutesProperty().set(now == null ? 0 : now));
        saveIdle.setOnAction(e -> vm.saveIdleMinutes());
        newUser.setOnAction(e -> vm.newUser());
        saveUser.setOnAction(e -> vm.save());
        resetPassword.setOnAction(e -> vm.resetPassword());
    }

    private void updateTitle(Messages m) {
        userFormTitle.setText(vm.isNew() ? m.get("users.newTitle")
                : m.get("users.editTitle", vm.selectedProperty().get().loginName()));
    }

    private static String userState(Messages m, UserAccount u) {
        if (!u.active()) {
            return m.get("users.inactive");
        }
        return u.lockedUntil() != null && u.lockedUntil().isAfter(java.time.LocalDateTime.now())
                ? m.get("users.locked") : m.get("users.active");
    }
}
