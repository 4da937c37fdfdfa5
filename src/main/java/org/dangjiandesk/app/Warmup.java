package org.dangjiandesk.app;

import org.dangjiandesk.store.Database;

/**
 * Loads jOOQ's classes, and compiles the key derivation, on a thread of their own while the login screen waits
 * for the password, so neither is paid for after Enter (about a second each on a quiet machine).
 */
final class Warmup {
    private Warmup() {
    }

    static void start() {
        Thread t = new Thread(() -> {
            org.dangjiandesk.logic.security.KeyWrap.warmUp();
            Database.warmUp();
        }, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
