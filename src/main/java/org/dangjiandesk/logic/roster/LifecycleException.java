package org.dangjiandesk.logic.roster;

import org.dangjiandesk.logic.KeyedException;

/** An event that cannot apply to the member in its current state; the message key explains why. */
public class LifecycleException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public LifecycleException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
