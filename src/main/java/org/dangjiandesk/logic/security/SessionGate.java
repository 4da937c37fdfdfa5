package org.dangjiandesk.logic.security;

import org.dangjiandesk.logic.ServicesSession;

/**
 * The way into a data folder: the first administrator is created on a new (or not yet protected) folder; after
 * that every session starts with a login. Implemented by the composition root; the GUI and CLI only call it.
 */
public interface SessionGate {
    enum DataState {
        /** No database yet: create the administrator, then the street. */
        NEW,
        /** A database from before accounts existed: creating the administrator also encrypts it. */
        UNPROTECTED,
        /** Accounts exist: log in. */
        PROTECTED
    }

    DataState state();

    /**
     * Creates the first administrator and opens the session as that user.
     *
     * @throws LoginException ALREADY_SET_UP when the folder already has accounts
     * @throws PasswordRuleException when the name or password breaks a rule
     */
    ServicesSession createAdministrator(String loginName, String displayName, char[] password);

    /**
     * @throws LoginException when refused (the failure is counted and audited)
     * @throws DamagedDataException when the password was right but the database file is damaged
     */
    ServicesSession login(String loginName, char[] password);

    /**
     * How to open the (closed) database with this user's rights, for checks and restores that work on the file:
     * for an encrypted folder the password unlocks the file key.
     *
     * @throws LoginException when refused
     */
    org.dangjiandesk.store.DatabaseConfig closedDatabaseConfig(String loginName, char[] password);
}
