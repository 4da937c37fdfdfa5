package org.dangjiandesk.logic.security;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.dangjiandesk.logic.KeyedException;

/** A refused login or unlock, with what the user is told (never which of name or password was wrong). */
public final class LoginException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public enum Reason { BAD_CREDENTIALS, LOCKED, INACTIVE, ALREADY_SET_UP, NOT_SET_UP }

    private final Reason reason;
    private final transient LocalDateTime lockedUntil;

    public LoginException(Reason reason, LocalDateTime lockedUntil) {
        super("security.login." + reason.name(),
                lockedUntil == null ? "" : lockedUntil.format(DateTimeFormatter.ofPattern("HH:mm")));
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public LoginException(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }

    /** When {@link Reason#LOCKED}: the end of the lock. */
    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }
}
