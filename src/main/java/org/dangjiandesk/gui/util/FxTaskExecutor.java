package org.dangjiandesk.gui.util;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one after another on a single background thread as {@link javafx.concurrent.Task}s. One thread keeps
 * database work in order; the FX thread only receives results. Cancel is cooperative (the task polls
 * {@link ProgressReporter#isCancelled()}): the thread is never interrupted inside H2.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "background-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private volatile boolean cancelRequested;
    private int pending;
    private Consumer<Throwable> defaultFailure = e -> LOG.error("background task failed", e);

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                cancelRequested = false;
                updateMessage(task.title());
                updateProgress(-1, 1);
                return task.work().run(new ProgressReporter() {
                    @Override
                    public void update(long done, long total, String text) {
                        updateProgress(done, total);
                        if (text != null) {
                            updateMessage(text);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelRequested;
                    }
                });
            }
        };
        fxTask.setOnSucceeded(e -> {
            finished(fxTask);
            task.successHandler().accept(fxTask.getValue());
        });
        fxTask.setOnFailed(e -> {
            finished(fxTask);
            (task.failureHandler() != null ? task.failureHandler() : defaultFailure).accept(fxTask.getException());
        });
        fxTask.setOnRunning(e -> {
            progress.bind(fxTask.progressProperty());
            message.bind(fxTask.messageProperty());
        });
        runOnFx(() -> {
            pending++;
            running.set(true);
        });
        worker.submit(fxTask);
    }

    private void finished(Task<?> fxTask) {
        progress.unbind();
        message.unbind();
        pending--;
        if (pending <= 0) {
            pending = 0;
            running.set(false);
            progress.set(0);
            message.set("");
        }
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
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
        cancelRequested = true;
    }

    @Override
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        this.defaultFailure = handler;
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
