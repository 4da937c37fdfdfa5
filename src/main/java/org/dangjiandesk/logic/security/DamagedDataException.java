package org.dangjiandesk.logic.security;

import org.dangjiandesk.store.DatabaseConfig;
import org.dangjiandesk.store.StoreException;

/**
 * The password was right but the database file is damaged. Carries the unlocked configuration of the closed
 * database, so a verified backup can be checked and restored into the folder.
 */
public final class DamagedDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DatabaseConfig config;

    public DamagedDataException(DatabaseConfig config, StoreException cause) {
        super("damaged database file", cause);
        this.config = config;
    }

    public DatabaseConfig config() {
        return config;
    }
}
