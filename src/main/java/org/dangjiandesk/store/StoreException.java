package org.dangjiandesk.store;

/** A storage failure the user must be told about (cannot open, in use, damaged file, constraint broken). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why storage failed, so the UI can pick a message. */
    public enum Reason { IN_USE, CORRUPT, CANNOT_OPEN, STALE_DATA, DUPLICATE_ID_NUMBER, NOT_FOUND, OTHER }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
