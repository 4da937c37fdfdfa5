package org.dangjiandesk.store;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Entry point to the data: every {@link #write} runs in exactly one transaction that commits when the function
 * returns and rolls back when it throws, so a save is all or nothing.
 */
public interface DataStore extends AutoCloseable {

    <T> T read(Function<Repositories, T> work);

    <T> T write(Function<Repositories, T> work);

    default void writeVoid(Consumer<Repositories> work) {
        write(repos -> {
            work.accept(repos);
            return null;
        });
    }

    @Override
    void close();
}
