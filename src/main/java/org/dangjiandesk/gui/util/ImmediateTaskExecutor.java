package org.dangjiandesk.gui.util;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs every task at once on the calling thread: for tests and the command line. */
public final class ImmediateTaskExecutor implements TaskExecutor {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Consumer<Throwable> defaultFailure = e -> {
        throw new IllegalStateException(e);
    };

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(ProgressReporter.NONE);
        } catch (Exception e) {
            (task.failureHandler() != null ? task.failureHandler() : defaultFailure).accept(e);
            return;
        }
        task.successHandler().accept(result);
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void cancelCurrent() {
        // nothing runs in the background
    }

    @Override
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        this.defaultFailure = handler;
    }
}
