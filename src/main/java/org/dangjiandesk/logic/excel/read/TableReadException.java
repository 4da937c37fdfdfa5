package org.dangjiandesk.logic.excel.read;

import java.util.List;

/** The file could not be read at all (not a table, encrypted, damaged, too large); the key says why. */
public class TableReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a file could not be read; each has a message key {@code import.error.<NAME>}. */
    public enum Reason { NOT_A_TABLE, ENCRYPTED, DAMAGED, TOO_LARGE, TOO_MANY_ROWS, UNREADABLE, NO_HEADER }

    private final Reason reason;

    public TableReadException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "import.error." + reason.name();
    }

    public List<Object> args() {
        return List.of();
    }
}
