package org.dangjiandesk.logic.excel.roster;

import org.dangjiandesk.logic.KeyedException;

/** The import cannot start as asked (e.g. --under names no organisation); the key explains why. */
public class ImportRefusedException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public ImportRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
