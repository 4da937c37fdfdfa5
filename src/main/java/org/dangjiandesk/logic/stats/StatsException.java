package org.dangjiandesk.logic.stats;

import org.dangjiandesk.logic.KeyedException;

/** A period the statistics refuse to close or report, worded from the bundle ({@code stats.error.*}). */
public final class StatsException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public StatsException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
