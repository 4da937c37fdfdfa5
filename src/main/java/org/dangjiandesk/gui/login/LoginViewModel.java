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
import org.dangjiandesk.logic.security.DamagedDataException;
import org.dangjiandesk.logic.security.SessionGate;

/**
 * The login screen: name and password; the check (key derivation, opening the encrypted database) runs in the
 * background. A refusal never says whether the name or the password was wrong.
 */
public final class LoginViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoginViewModel.class);
    private final Messages messages;
    private final TaskExecutor executor;
    private final SessionGate gate;
    private final Consumer<ServicesSession> onLoggedIn;
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Consumer<DamagedDataException> onDamaged = d -> { };

    public LoginViewModel(Messages messages, TaskExecutor executor, SessionGate gate,
                          Consumer<ServicesSession> onLoggedIn) {
        this.messages = messages;
        this.executor = executor;
        this.gate = gate;
        this.onLoggedIn = onLoggedIn;
    }

    /** What to do when the password was right but the database file is damaged (offer a backup). */
    public void setOnDamaged(Consumer<DamagedDataException> handler) {
        this.onDamaged = handler;
    }

    public java.util.ResourceBundle bundle() {
        return messages.bundle();
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        if (loginName.get().isBlank() || password.get().isEmpty()) {
            error.set(messages.get("login.missing"));
            return;
        }
        String name = loginName.get().strip();
        char[] pw = password.get().toCharArray();
        password.set("");
        error.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> gate.login(name, pw))
                .onSuccess(session -> {
                    java.util.Arrays.fill(pw, ' ');
                    busy.set(false);
                    onLoggedIn.accept(session);
                })
                .onFailure(t -> {
                    java.util.Arrays.fill(pw, ' ');
                    busy.set(false);
                    error.set(new ErrorTexts(messages).describe(t));
                    if (!(t instanceof org.dangjiandesk.logic.security.LoginException)) {
                        // a refused password is audited; anything else (a migration that failed, a broken file)
                        // would otherwise leave only "无法打开数据库" on screen and nothing in the log
                        LOG.error("cannot open the data after login", t);
                    }
                    if (t instanceof DamagedDataException d) {
                        onDamaged.accept(d);
                    }
                }));
    }
}
