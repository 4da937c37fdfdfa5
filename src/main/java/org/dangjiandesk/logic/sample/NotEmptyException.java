package org.dangjiandesk.logic.sample;

/** Sample data is only written into an empty database, never mixed with real records. */
public class NotEmptyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotEmptyException() {
        super("the database already holds data");
    }
}
