package org.dangjiandesk.logic.org;

import java.util.List;

/** An organisation change that is not allowed; the message key says why in the user's language. */
public class OrgException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> args;

    public OrgException(String messageKey, Object... args) {
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
