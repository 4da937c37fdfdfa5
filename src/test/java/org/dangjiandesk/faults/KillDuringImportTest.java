package org.dangjiandesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the app at random points of a roster import (one transaction): the data folder reopens with none
 * or all of the import, never part. The default build runs a few trials; {@code -Pfaults} runs 20 of a
 * 50,000-row import.
 */
class KillDuringImportTest {
    @TempDir
    Path tmp;

    @Test
    void killAtRandomPointsOfAnImport_reopensWithNoneOrAllOfIt() throws Exception {
        int rows = Lab.trials("faults.importRows", 2_000);
        int trials = Lab.trials("faults.importKills", 2);
        Path csv = Lab.rosterCsv(tmp.resolve("roster.csv"), rows);
        Path base = Lab.street(tmp.resolve("base"));
        long started = System.nanoTime();

        // one import run to the end: how long applying takes here, so kills fall inside it
        long applyMs;
        try (ChildJvm child = ChildJvm.start(List.of(), "import", Lab.copy(base, tmp.resolve("full")).toString(),
                csv.toString())) {
            assertThat(child.await("PREVIEWED", Duration.ofMinutes(5))).isEqualTo("PREVIEWED " + rows + " problems 0");
            child.await("APPLYING", Duration.ofMinutes(1));
            long t0 = System.nanoTime();
            child.await("DONE", Duration.ofMinutes(5));
            applyMs = (System.nanoTime() - t0) / 1_000_000;
            child.waitFor(Duration.ofMinutes(2));
        }
        assertThat(Lab.reopen(tmp.resolve("full"))).hasSize(Lab.STREET_MEMBERS + rows);

        Random random = new Random(20261122);
        int none = 0;
        int all = 0;
        for (int trial = 0; trial < trials; trial++) {
            Path dir = Lab.copy(base, tmp.resolve("trial-" + trial));
            long delay = (long) (random.nextDouble() * applyMs * 1.1);
            try (ChildJvm child = ChildJvm.start(List.of(), "import", dir.toString(), csv.toString())) {
                child.await("APPLYING", Duration.ofMinutes(5));
                Thread.sleep(delay);
                child.kill();
            }
            int members = Lab.reopen(dir).size();
            assertThat(members).as("trial %d, killed %d ms into applying", trial, delay)
                    .isIn(Lab.STREET_MEMBERS, Lab.STREET_MEMBERS + rows);
            if (members == Lab.STREET_MEMBERS) {
                none++;
            } else {
                all++;
            }
        }
        Lab.record(String.format("kill-during-import rows=%d trials=%d none=%d all=%d partial=0 applyMs=%d seconds=%d",
                rows, trials, none, all, applyMs, (System.nanoTime() - started) / 1_000_000_000));
    }
}
