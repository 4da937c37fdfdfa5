package org.dangjiandesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.store.DatabaseCheck;
import org.dangjiandesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancel an import at random points (cooperative: the import checks between batches, nothing interrupts a thread
 * inside H2): every table holds exactly the rows it held before, and the database closes and opens cleanly. The
 * default build cancels a few times; {@code -Pfaults} 50 times during a 50,000-row import.
 */
class CancelImportTest {
    @TempDir
    Path tmp;

    @Test
    void cancelAtRandomPoints_leavesTheDatabaseUnchanged_andItOpensCleanly() throws Exception {
        int rows = Lab.trials("faults.cancelRows", 3_000);
        int trials = Lab.trials("faults.cancels", 4);
        Path csv = Lab.rosterCsv(tmp.resolve("roster.csv"), rows);
        Path dir = Lab.street(tmp.resolve("data"));
        Random random = new Random(50);
        long started = System.nanoTime();
        Map<String, Long> before = DatabaseCheck.check(org.dangjiandesk.testutil.TestAccounts.closedConfig(dir));
        try (ServicesSession s = org.dangjiandesk.testutil.TestAccounts.open(dir)) {
            var importer = s.services().excel().rosterImport();
            ImportPreview preview = importer.preview(csv, ImportOptions.DEFAULT, Progress.NONE);
            assertThat(preview.newMembers()).hasSize(rows);
            for (int trial = 0; trial < trials; trial++) {
                long cancelAt = (long) (random.nextDouble() * rows);
                CancelAt progress = new CancelAt(cancelAt);
                assertThatThrownBy(() -> importer.apply(preview, true, false, null, progress))
                        .as("trial %d, cancel after %d rows", trial, cancelAt).isInstanceOf(Progress.Cancelled.class);
                assertThat(s.services().roster().loadRoster()).hasSize(Lab.STREET_MEMBERS);
            }
        }
        Map<String, Long> after = DatabaseCheck.check(org.dangjiandesk.testutil.TestAccounts.closedConfig(dir));
        // every session's login is audited by design; every other table must be exactly as before
        after.keySet().removeIf(t -> t.equalsIgnoreCase("audit_log"));
        before.keySet().removeIf(t -> t.equalsIgnoreCase("audit_log"));
        assertThat(after).as("rows of every table but the audit log").isEqualTo(before);
        assertThat(Lab.reopen(dir)).hasSize(Lab.STREET_MEMBERS);
        Lab.record(String.format("cancel-import rows=%d trials=%d unchanged=%d seconds=%d", rows, trials, trials,
                (System.nanoTime() - started) / 1_000_000_000));
    }

    /** Asks to cancel once the import reports {@code at} rows done (so also before the first batch: 0). */
    private static final class CancelAt implements Progress {
        private final long at;
        private long done;

        CancelAt(long at) {
            this.at = at;
        }

        @Override
        public void update(long done, long total) {
            this.done = done;
        }

        @Override
        public boolean isCancelled() {
            return done >= at;
        }
    }
}
