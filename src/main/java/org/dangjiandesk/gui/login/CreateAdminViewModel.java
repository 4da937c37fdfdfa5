package org.dangjiandesk.gui.login;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.TaskExecutor;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.SessionGate;

/**
 * First start (or first start after an update that brought accounts): the administrator's account. There is no
 * default account. On a folder with data from before, creating it also encrypts the database.
 */
public final class CreateAdminViewModel {
    private final Messages messages;
    private final TaskExecutor executor;
    private final SessionGate gate;
    private final boolean unprotected;
    private final Consumer<ServicesSession> onCreated;
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public CreateAdminViewModel(Messages messages, TaskExecutor executor, SessionGate gate, boolean unprotected,
                                Consumer<ServicesSession> onCreated) {
        this.messages = messages;
        this.executor = executor;
        this.gate = gate;
        this.unprotected = unprotected;
        this.onCreated = onCreated;
    }

    public java.util.ResourceBundle bundle() {
        return messages.bundle();
    }

    /** True when the folder holds data from before accounts: it will be encrypted. */
    public boolean unprotected() {
        return unprotected;
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        if (!password.get().equals(repeat.get())) {
            error.set(messages.get("security.password.mismatch"));
            return;
        }
        String login = loginName.get().strip();
        String name = displayName.get().isBlank() ? login : displayName.get().strip();
        char[] pw = password.get().toCharArray();
        error.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> gate.createAdministrator(login, name, pw))
                .title(messages.get(unprotected ? "createAdmin.encrypting" : "createAdmin.creating"))
                .onSuccess(session -> {
                    java.util.Arrays.fill(pw, ' ');
                    password.set("");
                    repeat.set("");
                    busy.set(false);
                    onCreated.accept(session);
                })
                .onFailure(t -> {
                    java.util.Arrays.fill(pw, ' ');
                    busy.set(false);
                    error.set(new ErrorTexts(messages).describe(t));
                }));
    }
}
