package org.dangjiandesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files handed to the roster import in a JVM with a 256 MB heap: each is refused with a reason
 * the clerk can read (or, for formula cells, the cells are refused), in bounded time, without running out of
 * memory, and the database is unchanged. The million-row sheet runs with {@code -Pfaults} only (it takes a
 * while to write).
 */
class HostileWorkbooksTest {
    private static final long BOUND_MS = 60_000;

    @TempDir
    Path tmp;

    @Test
    void hostileFiles_areRefusedWithAReason_inBoundedTimeAndMemory_andChangeNothing() throws Exception {
        int bigRows = Lab.trials("faults.bigSheetRows", 0); // -Pfaults: 1,000,000
        Path dir = Lab.street(tmp.resolve("data"));
        Path plain = HostileFiles.plain(tmp.resolve("plain.xlsx"));
        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(HostileFiles.zipBomb(tmp.resolve("zip-bomb.xlsx"), 300), "REFUSED TOO_LARGE");
        expected.put(HostileFiles.xxe(tmp.resolve("xxe.xlsx")), "REFUSED DAMAGED");
        expected.put(HostileFiles.entityExpansion(tmp.resolve("entity-expansion.xlsx")), "REFUSED DAMAGED");
        if (bigRows > 0) {
            expected.put(HostileFiles.manyRows(tmp.resolve("rows-" + bigRows + ".xlsx"), bigRows),
                    "REFUSED TOO_MANY_ROWS");
        }
        expected.put(HostileFiles.randomBytes(tmp.resolve("random.xlsx"), 1 << 20), "REFUSED NOT_A_TABLE");
        expected.put(HostileFiles.passwordProtected(tmp.resolve("password.xlsx"), plain), "REFUSED ENCRYPTED");
        expected.put(HostileFiles.formulas(tmp.resolve("formulas.xlsx")), "PREVIEW new=1 problems=[1-9]");
        expected.put(HostileFiles.exeRenamed(tmp.resolve("setup.exe.xlsx")), "REFUSED NOT_A_TABLE");
        expected.put(HostileFiles.truncated(tmp.resolve("truncated.xlsx"), plain), "REFUSED (DAMAGED|NOT_A_TABLE)");

        List<String> args = new ArrayList<>(List.of("hostile", dir.toString()));
        expected.keySet().forEach(p -> args.add(p.toString()));
        long started = System.nanoTime();
        List<String> reports;
        try (ChildJvm child = ChildJvm.start(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
                args.toArray(String[]::new))) {
            assertThat(child.waitFor(Duration.ofMinutes(10))).as(child.tail()).isZero();
            reports = child.reports();
        }
        assertThat(reports).contains("MEMBERS " + Lab.STREET_MEMBERS).last().isEqualTo("CLOSED");
        assertThat(reports.stream().filter(r -> r.startsWith("MEMBERS ")))
                .as("the database is unchanged").containsOnly("MEMBERS " + Lab.STREET_MEMBERS);
        long slowest = 0;
        for (Path file : expected.keySet()) {
            String name = file.getFileName().toString();
            String report = reports.stream().filter(r -> r.startsWith("RESULT " + name + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no result for " + name + ": " + reports));
            String[] parts = report.split(" ", 4);
            long ms = Long.parseLong(parts[2]);
            assertThat(parts[3]).as(name).containsPattern("^" + expected.get(file)).doesNotContain("root:");
            assertThat(ms).as(name + " took").isLessThan(BOUND_MS);
            slowest = Math.max(slowest, ms);
        }
        assertThat(Lab.reopen(dir)).hasSize(Lab.STREET_MEMBERS);
        Lab.record(String.format("hostile-workbooks files=%d heap=256m refused=%d oom=0 slowestMs=%d bigSheetRows=%d"
                + " seconds=%d", expected.size(), expected.size(), slowest, bigRows,
                (System.nanoTime() - started) / 1_000_000_000));
    }
}
