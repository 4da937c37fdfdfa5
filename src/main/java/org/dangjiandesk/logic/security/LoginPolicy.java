package org.dangjiandesk.logic.security;

import java.time.Duration;

/** 5 failed attempts lock an account for 15 minutes. */
public final class LoginPolicy {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** The screen locks after this much idle time unless the setting says otherwise. */
    public static final int DEFAULT_IDLE_MINUTES = 15;

    private LoginPolicy() {
    }
}
