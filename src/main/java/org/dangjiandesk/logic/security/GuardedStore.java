package org.dangjiandesk.logic.security;

import java.util.function.Function;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Repositories;

/**
 * The data as the record services see it: anyone logged in reads, only a user with {@link Permission#EDIT_RECORDS}
 * writes. A read-only or auditor account cannot change a record even through a screen that forgot to hide a button.
 */
public final class GuardedStore implements DataStore {
    private final DataStore store;
    private final Access access;
    private final Permission toWrite;

    public GuardedStore(DataStore store, Access access) {
        this(store, access, Permission.EDIT_RECORDS);
    }

    /** Writes need {@code toWrite} (closing a statistics period needs {@link Permission#CLOSE_PERIODS}). */
    public GuardedStore(DataStore store, Access access, Permission toWrite) {
        this.store = store;
        this.access = access;
        this.toWrite = toWrite;
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return store.read(work);
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        access.require(toWrite);
        return store.write(work);
    }

    @Override
    public void close() {
        store.close();
    }
}
