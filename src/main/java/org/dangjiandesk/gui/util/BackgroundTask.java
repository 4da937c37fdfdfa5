package org.dangjiandesk.gui.util;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of long work (disk, database) with what to do on the FX thread when it succeeds or fails. Built
 * fluently and run by a {@link TaskExecutor}:
 * <pre>{@code BackgroundTask.of(p -> roster.loadRoster()).title("…").onSuccess(list::setAll).onFailure(dialogs::error)}</pre>
 */
public final class BackgroundTask<T> {

    /** The work itself; runs off the FX thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressReporter progress) throws Exception;
    }

    private final Work<T> work;
    private String title = "";
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> title(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    /** May be null: the executor then reports the failure itself. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }
}
