package org.dangjiandesk.logic.roster;

import java.util.List;

/** An event that cannot apply to the member in its current state; the message key explains why. */
public class LifecycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;

    public LifecycleException(String messageKey, Object... args) {
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
