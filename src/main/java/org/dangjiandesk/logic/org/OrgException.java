package org.dangjiandesk.logic.org;

import org.dangjiandesk.logic.KeyedException;

/** An organisation change that is not allowed; the message key says why in the user's language. */
public class OrgException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public OrgException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
