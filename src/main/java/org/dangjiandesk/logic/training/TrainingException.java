package org.dangjiandesk.logic.training;

import org.dangjiandesk.logic.KeyedException;

/** A session the service refuses to save, worded from the bundle ({@code training.error.*}). */
public final class TrainingException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public TrainingException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
