package org.dangjiandesk.logic;

import java.util.List;

/**
 * A refusal a user can act on, carried as a bundle key and its arguments and worded in the user's language only
 * where it is shown ({@code ErrorTexts}, the CLI).
 */
public abstract class KeyedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;

    protected KeyedException(String messageKey, Object... args) {
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
