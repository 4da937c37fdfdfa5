package org.dangjiandesk.app;

import org.dangjiandesk.store.Database;

/**
 * Loads jOOQ's classes on a thread of their own while another thread opens the database, so the first query does
 * not pay for them on the way to the first window (about a second on a quiet machine).
 */
final class Warmup {
    private Warmup() {
    }

    static void start() {
        Thread t = new Thread(Database::warmUp, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
