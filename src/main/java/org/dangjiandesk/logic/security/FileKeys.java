package org.dangjiandesk.logic.security;

/**
 * Keeps the per-user wrapped copies of the database's file key in step with the accounts: the embedded, encrypted
 * database implements it with the keyring; a database server (which does its own access control) needs none.
 */
public interface FileKeys {
    FileKeys NONE = new FileKeys() {
        @Override
        public void passwordSet(String loginName, char[] password) {
        }

        @Override
        public void removed(String loginName) {
        }
    };

    /** The user may open the database with this password from now on. */
    void passwordSet(String loginName, char[] password);

    /** The user may no longer open the database. */
    void removed(String loginName);
}
