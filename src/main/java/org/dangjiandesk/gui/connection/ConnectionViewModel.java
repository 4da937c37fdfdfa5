package org.dangjiandesk.gui.connection;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.settings.SharedConnection;
import org.dangjiandesk.logic.shared.SharedDatabaseService;

/**
 * 数据库连接 (系统管理): whether this PC works on the embedded database of its data folder or on the shared
 * PostgreSQL database of the office, and the shared database's host, port, database, user and password. Saved for
 * this OS user only; used from the next start. "测试连接" connects without changing anything.
 */
public final class ConnectionViewModel {
    private final GuiContext ctx;
    private final Messages messages;
    private final SharedDatabaseService shared;

    private final BooleanProperty useShared = new SimpleBooleanProperty();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding complete;

    public ConnectionViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.shared = ctx.services().sharedDatabase();
        this.complete = Bindings.createBooleanBinding(() -> !useShared.get()
                        || (!host.get().isBlank() && portNumber() > 0 && !database.get().isBlank()
                        && !user.get().isBlank()),
                useShared, host, port, database, user);
        current.set(shared.onSharedDatabase() ? messages.get("connection.current.shared")
                : messages.get("connection.current.embedded"));
        ctx.executor().execute(BackgroundTask.of(p -> shared.savedConnection()).onSuccess(this::show));
    }

    private void show(SharedConnection c) {
        useShared.set(c.enabled());
        host.set(c.host());
        port.set(String.valueOf(c.port()));
        database.set(c.database());
        user.set(c.user());
        password.set(c.password());
    }

    private SharedConnection toConnection() {
        return new SharedConnection(useShared.get(), host.get().trim(), portNumber(), database.get().trim(),
                user.get().trim(), password.get());
    }

    private int portNumber() {
        try {
            int p = Integer.parseInt(port.get().trim());
            return p > 0 && p < 65536 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Connects to the shared database as typed and tells whether it worked (nothing is changed there). */
    public void testConnection() {
        if (!complete.get()) {
            status.set(messages.get("connection.incomplete"));
            return;
        }
        SharedConnection c = toConnection();
        busy.set(true);
        status.set(messages.get("connection.testing"));
        ctx.executor().execute(BackgroundTask.of(p -> shared.testConnection(c))
                .onSuccess(version -> {
                    busy.set(false);
                    status.set(messages.get("connection.ok", version));
                })
                .onFailure(t -> {
                    busy.set(false);
                    status.set(ctx.errors().describe(t));
                }));
    }

    /** Saves the choice for this OS user; the app uses it from the next start. */
    public void save() {
        if (!complete.get()) {
            status.set(messages.get("connection.incomplete"));
            return;
        }
        SharedConnection c = toConnection();
        ctx.executor().execute(BackgroundTask.of(p -> {
                    shared.saveConnection(c);
                    return c;
                })
                .onSuccess(saved -> {
                    status.set(messages.get("connection.saved"));
                    ctx.dialogs().showInfo(messages.get("connection.saved"));
                })
                .onFailure(t -> ctx.dialogs().showError(ctx.errors().describe(t))));
    }

    public BooleanProperty useSharedProperty() {
        return useShared;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Which database this window works on now. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding completeBinding() {
        return complete;
    }
}
