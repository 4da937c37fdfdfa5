package org.dangjiandesk.gui.util;

/** Lets long work report how far it is; also where it checks for a cooperative cancel. */
public interface ProgressReporter {
    void update(long done, long total, String message);

    /** True once the user asked to cancel; long work stops at its next safe point (never interrupt H2). */
    boolean isCancelled();

    ProgressReporter NONE = new ProgressReporter() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
