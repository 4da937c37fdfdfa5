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

    public GuardedStore(DataStore store, Access access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return store.read(work);
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        access.require(Permission.EDIT_RECORDS);
        return store.write(work);
    }

    @Override
    public void close() {
        store.close();
    }
}
