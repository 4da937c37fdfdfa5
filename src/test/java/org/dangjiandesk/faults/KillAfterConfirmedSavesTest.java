package org.dangjiandesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every save the app confirmed survives kill -9: the child saves members one by one and reports each save that
 * returned; after the kill, each reported member is in the reopened database (at most one more, whose report the
 * kill cut off).
 */
class KillAfterConfirmedSavesTest {
    @TempDir
    Path tmp;

    @Test
    void everyConfirmedSave_survivesKill9() throws Exception {
        int trials = Lab.trials("faults.saveKills", 1);
        Path base = Lab.street(tmp.resolve("base"));
        Random random = new Random(7);
        long started = System.nanoTime();
        int confirmedTotal = 0;
        for (int trial = 0; trial < trials; trial++) {
            Path dir = Lab.copy(base, tmp.resolve("trial-" + trial));
            int confirmed;
            try (ChildJvm child = ChildJvm.start(List.of(), "saves", dir.toString())) {
                child.await("SAVED 1", Duration.ofMinutes(2));
                Thread.sleep(300 + random.nextInt(2500));
                child.kill();
                List<String> saved = child.reports().stream().filter(l -> l.startsWith("SAVED ")).toList();
                confirmed = Integer.parseInt(saved.get(saved.size() - 1).substring("SAVED ".length()));
            }
            var roster = Lab.reopen(dir);
            Set<String> ids = Lab.idNumbers(roster);
            for (int i = 1; i <= confirmed; i++) {
                assertThat(ids).as("trial %d: confirmed save %d of %d", trial, i, confirmed).contains(Names.id(i));
            }
            assertThat(roster.size() - Lab.STREET_MEMBERS).isBetween(confirmed, confirmed + 1);
            confirmedTotal += confirmed;
        }
        Lab.record(String.format("kill-after-confirmed-saves trials=%d confirmed=%d lost=0 seconds=%d", trials,
                confirmedTotal, (System.nanoTime() - started) / 1_000_000_000));
    }
}
