package org.dangjiandesk.logic.brand;

import org.dangjiandesk.logic.KeyedException;

/** A brand-project action that is refused; the message key says why in the user's language. */
public class BrandException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public BrandException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
