package org.dangjiandesk.gui.login;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.TaskExecutor;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.LoginException;
import org.dangjiandesk.logic.security.LoginService;
import org.dangjiandesk.model.UserAccount;

/**
 * The screen after the idle time: the logged-in user's password unlocks it. Wrong passwords count towards the
 * account lock; when the account locks, the app closes ({@code onGiveUp}).
 */
public final class LockScreenViewModel {
    private final Messages messages;
    private final TaskExecutor executor;
    private final LoginService logins;
    private final UserAccount user;
    private final Runnable onUnlocked;
    private final Runnable onGiveUp;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public LockScreenViewModel(Messages messages, TaskExecutor executor, LoginService logins, UserAccount user,
                               Runnable onUnlocked, Runnable onGiveUp) {
        this.messages = messages;
        this.executor = executor;
        this.logins = logins;
        this.user = user;
        this.onUnlocked = onUnlocked;
        this.onGiveUp = onGiveUp;
    }

    public java.util.ResourceBundle bundle() {
        return messages.bundle();
    }

    public String userText() {
        return messages.get("lock.user", user.displayName(), user.loginName());
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

    public void unlock() {
        if (busy.get() || password.get().isEmpty()) {
            return;
        }
        char[] pw = password.get().toCharArray();
        password.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> logins.unlock(user.loginName(), pw))
                .onSuccess(u -> {
                    java.util.Arrays.fill(pw, ' ');
                    busy.set(false);
                    error.set("");
                    onUnlocked.run();
                })
                .onFailure(t -> {
                    java.util.Arrays.fill(pw, ' ');
                    busy.set(false);
                    error.set(new ErrorTexts(messages).describe(t));
                    if (t instanceof LoginException le && le.reason() != LoginException.Reason.BAD_CREDENTIALS) {
                        onGiveUp.run();
                    }
                }));
    }

    public void quit() {
        onGiveUp.run();
    }
}
