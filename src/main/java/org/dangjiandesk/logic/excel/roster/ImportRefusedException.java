package org.dangjiandesk.logic.excel.roster;

import java.util.List;

/** The import cannot start as asked (e.g. --under names no organisation); the key explains why. */
public class ImportRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;

    public ImportRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
