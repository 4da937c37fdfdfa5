package org.dangjiandesk.logic;

/**
 * How long work in a service reports progress and learns of a cancel. Cancel is cooperative: the work checks
 * {@link #isCancelled()} between batches and throws {@link Cancelled}, so a transaction rolls back cleanly and no
 * thread is ever interrupted inside the database.
 */
public interface Progress {
    void update(long done, long total);

    boolean isCancelled();

    /** Throws {@link Cancelled} when a cancel was asked for. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** The work stopped because the user cancelled it; nothing was written. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled");
        }
    }
}
