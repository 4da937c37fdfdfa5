package org.dangjiandesk.gui.util;

import org.dangjiandesk.logic.Progress;

/** Lets a service's {@link Progress} report into a background task's {@link ProgressReporter}. */
public final class Progresses {
    private Progresses() {
    }

    public static Progress of(ProgressReporter reporter, String message) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                reporter.update(done, total <= 0 ? -1 : total, message);
            }

            @Override
            public boolean isCancelled() {
                return reporter.isCancelled();
            }
        };
    }
}
