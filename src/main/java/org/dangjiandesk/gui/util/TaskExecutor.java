package org.dangjiandesk.gui.util;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs all long work of the app. The app uses {@link FxTaskExecutor} (one background thread, results on the FX
 * thread); tests use {@link ImmediateTaskExecutor}, which runs everything at once on the calling thread, so tests
 * need no sleeps. The status bar binds to the progress properties.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** -1 when indeterminate, 0..1 otherwise, 0 when idle. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    /** Asks the running task to stop at its next safe point. */
    void cancelCurrent();

    /** Called for failures of tasks without their own handler. */
    void setDefaultFailureHandler(java.util.function.Consumer<Throwable> handler);
}
