package org.dangjiandesk.logic.rating;

import org.dangjiandesk.logic.KeyedException;

/** A refusal in star rating (a score out of range, a locked assessment, a frozen scheme …). */
public final class RatingException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public RatingException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
