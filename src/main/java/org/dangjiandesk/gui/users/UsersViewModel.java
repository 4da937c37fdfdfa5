package org.dangjiandesk.gui.users;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;

/**
 * 用户管理, for the administrator: the accounts, a form for a new or the selected account (role, extra grants,
 * active), and setting a password. Accounts are never deleted, only deactivated.
 */
public final class UsersViewModel {
    private final GuiContext ctx;
    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.CLERK);
    private final Map<Permission, BooleanProperty> grants = new EnumMap<>(Permission.class);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final javafx.beans.property.IntegerProperty idleMinutes = new javafx.beans.property.SimpleIntegerProperty();

    public UsersViewModel(GuiContext ctx) {
        this.ctx = ctx;
        for (Permission p : Permission.values()) {
            if (p.isGrantable()) {
                grants.put(p, new SimpleBooleanProperty(false));
            }
        }
        selected.addListener((obs, old, now) -> fill(now));
        idleMinutes.set(ctx.services().security().idleLockMinutes());
        refresh();
    }

    public GuiContext context() {
        return ctx;
    }

    public ObservableList<UserAccount> users() {
        return users;
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** One flag per grantable permission, in declaration order. */
    public Map<Permission, BooleanProperty> grants() {
        return grants;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    /** True while the form is for a new account (the login name can be typed). */
    public boolean isNew() {
        return selected.get() == null;
    }

    /** Minutes of idleness before the screen locks (0 = never); applies from the next login. */
    public javafx.beans.property.IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public void saveIdleMinutes() {
        int minutes = Math.max(0, idleMinutes.get());
        ctx.executor().execute(BackgroundTask.of(p -> {
            ctx.services().security().access().require(Permission.MANAGE_USERS);
            ctx.services().settings().put(org.dangjiandesk.logic.settings.SettingKey.IDLE_LOCK_MINUTES,
                    Integer.toString(minutes));
            return minutes;
        }).onSuccess(m -> {
            messageIsError.set(false);
            message.set(ctx.messages().get("users.idleSaved", m));
        }).onFailure(this::failed));
    }

    public void refresh() {
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().security().users().users())
                .onSuccess(list -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    users.setAll(list);
                    if (keep != null) {
                        users.stream().filter(u -> u.id().equals(keep)).findFirst().ifPresent(selected::set);
                    }
                }));
    }

    public void newUser() {
        selected.set(null);
        fill(null);
    }

    private void fill(UserAccount u) {
        loginName.set(u == null ? "" : u.loginName());
        displayName.set(u == null ? "" : u.displayName());
        role.set(u == null ? Role.CLERK : u.role());
        grants.forEach((p, flag) -> flag.set(u != null && u.extraPermissions().contains(p)));
        active.set(u == null || u.active());
        password.set("");
        repeat.set("");
        message.set("");
    }

    public void save() {
        Set<Permission> chosen = EnumSet.noneOf(Permission.class);
        grants.forEach((p, flag) -> {
            if (flag.get()) {
                chosen.add(p);
            }
        });
        UserAccount current = selected.get();
        if (current == null) {
            if (!password.get().equals(repeat.get())) {
                error(ctx.messages().get("security.password.mismatch"));
                return;
            }
            char[] pw = password.get().toCharArray();
            String login = loginName.get();
            String name = displayName.get().isBlank() ? login : displayName.get();
            Role r = role.get();
            ctx.executor().execute(BackgroundTask.of(p -> ctx.services().security().users().create(login, name, r,
                    chosen, pw)).onSuccess(u -> done(u, "users.created")).onFailure(this::failed));
        } else {
            UserAccount changed = new UserAccount(current.id(), current.loginName(), displayName.get(), role.get(),
                    chosen, active.get(), current.lockedUntil(), current.version());
            ctx.executor().execute(BackgroundTask.of(p -> ctx.services().security().users().update(changed))
                    .onSuccess(u -> done(u, "users.saved")).onFailure(this::failed));
        }
    }

    /** Sets the typed password on the selected account (and lifts a lock). */
    public void resetPassword() {
        UserAccount current = selected.get();
        if (current == null) {
            return;
        }
        if (!password.get().equals(repeat.get())) {
            error(ctx.messages().get("security.password.mismatch"));
            return;
        }
        char[] pw = password.get().toCharArray();
        ctx.executor().execute(BackgroundTask.of(p -> {
            ctx.services().security().users().resetPassword(current.loginName(), pw);
            return current;
        }).onSuccess(u -> done(u, "users.passwordSet")).onFailure(this::failed));
    }

    private void done(UserAccount u, String key) {
        password.set("");
        repeat.set("");
        refresh();
        selected.set(u);
        messageIsError.set(false);
        message.set(ctx.messages().get(key, u.loginName()));
    }

    private void failed(Throwable t) {
        error(ctx.errors().describe(t));
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }
}
