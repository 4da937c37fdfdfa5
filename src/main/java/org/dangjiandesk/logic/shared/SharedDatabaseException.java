package org.dangjiandesk.logic.shared;

import org.dangjiandesk.logic.KeyedException;

/** Connecting to or copying into another database was refused or failed (text: the bundle key {@code shared.error.*}). */
public final class SharedDatabaseException extends KeyedException {
    private static final long serialVersionUID = 1L;

    SharedDatabaseException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    SharedDatabaseException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, args);
        initCause(cause);
    }
}
