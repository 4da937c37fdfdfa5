package org.dangjiandesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.excel.roster.ImportResult;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.excel.roster.RosterExportRequest;
import org.dangjiandesk.logic.excel.roster.RosterText;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.sample.SampleOptions;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Roster Excel benchmark, one run: export N sample members, import them into an empty data folder, and, as anchors
 * in the same run on the same rows, write and read them with fastexcel (benchmark scope only). Prints times,
 * ratios to the anchors and peak heap, then one JSON line. Run with a 256 MB heap:
 * {@code mvn -B -q -Pbenchmark-excel verify} (see README).
 */
public final class ExcelBenchmark {

    private ExcelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-excel").toAbsolutePath();
        Path source = work.resolve("source-" + members);
        Path target = work.resolve("target-" + System.nanoTime());
        Path exported = work.resolve("roster-" + members + ".xlsx");
        Path anchorFile = work.resolve("anchor-" + members + ".xlsx");
        Files.createDirectories(work);
        List<RosterColumn> columns = List.of(RosterColumn.values());

        try (org.dangjiandesk.logic.ServicesSession src = org.dangjiandesk.testutil.TestAccounts.open(source)) {
            Services s = src.services();
            if (s.setup().isEmpty()) {
                long t = System.nanoTime();
                s.sample().generate(new SampleOptions(members, SampleOptions.DEFAULT_SEED, LocalDate.now()),
                        (done, total) -> { }, () -> false);
                System.out.printf("sample data: %d members in %.1f s (not part of the goals)%n", members, secs(t));
            }
            String unit = s.setup().streetName();
            // warm-up on a small export, so class loading is not timed
            s.excel().rosterExport().export(work.resolve("warmup.xlsx"), new RosterExportRequest(columns,
                    java.util.Set.of(), true, unit, LocalDate.now()), Progress.NONE);

            Measured<Integer> export = measure(() -> s.excel().rosterExport().export(exported,
                    new RosterExportRequest(columns, null, true, unit, LocalDate.now()), Progress.NONE));

            List<String[]> rows = rowsAsText(s, columns);
            Measured<Integer> anchorWrite = measure(() -> fastexcelWrite(anchorFile, columns, rows));
            rows.clear();
            Measured<Long> anchorRead = measure(() -> fastexcelRead(exported));

            Measured<ImportResult> imported;
            try (org.dangjiandesk.logic.ServicesSession dst = org.dangjiandesk.testutil.TestAccounts.open(target)) {
                Services d = dst.services();
                var root = d.setup().createEmptyStreet(unit, "");
                imported = measure(() -> {
                    ImportPreview p = d.excel().rosterImport().preview(exported,
                            new ImportOptions(true, String.valueOf(root.id())), Progress.NONE);
                    if (!p.problems().isEmpty()) {
                        throw new IllegalStateException("import problems: " + p.problems().subList(0,
                                Math.min(5, p.problems().size())));
                    }
                    return d.excel().rosterImport().apply(p, true, true, String.valueOf(root.id()), Progress.NONE);
                });
            }
            report(members, export, imported, anchorWrite, anchorRead);
        }
    }

    private static void report(int members, Measured<Integer> export, Measured<ImportResult> imported,
                               Measured<Integer> anchorWrite, Measured<Long> anchorRead) {
        double exportRatio = export.seconds / anchorWrite.seconds;
        double importRatio = imported.seconds / anchorRead.seconds;
        long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        System.out.printf("members: %d (exported %d, imported %d), max heap %d MB%n", members, export.value,
                imported.value.inserted(), maxHeap);
        System.out.printf("export roster      %6.2f s  peak heap %4d MB   = %.2f x fastexcel write (goal <= 1.5)%n",
                export.seconds, export.peakMb, exportRatio);
        System.out.printf("import roster      %6.2f s  peak heap %4d MB   = %.2f x fastexcel read  (goal <= 3.0)%n",
                imported.seconds, imported.peakMb, importRatio);
        System.out.printf("fastexcel write    %6.2f s  peak heap %4d MB%n", anchorWrite.seconds, anchorWrite.peakMb);
        System.out.printf("fastexcel read     %6.2f s  peak heap %4d MB%n", anchorRead.seconds, anchorRead.peakMb);
        System.out.printf(Locale.ROOT, "{\"members\":%d,\"maxHeapMb\":%d,\"exportSeconds\":%.2f,\"exportPeakHeapMb\":%d,"
                        + "\"importSeconds\":%.2f,\"importPeakHeapMb\":%d,\"fastexcelWriteSeconds\":%.2f,"
                        + "\"fastexcelReadSeconds\":%.2f,\"exportRatio\":%.2f,\"importRatio\":%.2f}%n",
                members, maxHeap, export.seconds, export.peakMb, imported.seconds, imported.peakMb,
                anchorWrite.seconds, anchorRead.seconds, exportRatio, importRatio);
    }

    /** The same rows as text, read before the anchor's clock starts. */
    private static List<String[]> rowsAsText(Services s, List<RosterColumn> columns) {
        var tree = s.orgs().loadTree();
        RosterText text = new RosterText(s.codes(), Messages.chinese(),
                id -> tree.find(id).map(o -> o.fullName()).orElse(""));
        List<String[]> rows = new ArrayList<>();
        for (var e : s.roster().loadRoster()) {
            if (!e.isCurrent()) {
                continue;
            }
            var m = s.roster().find(e.id()).orElseThrow();
            String[] r = new String[columns.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = text.of(m, columns.get(i));
            }
            rows.add(r);
        }
        return rows;
    }

    private static int fastexcelWrite(Path file, List<RosterColumn> columns, List<String[]> rows) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("roster");
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c).header());
            }
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    ws.value(r + 1, c, row[c]);
                }
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
        return rows.size();
    }

    private static long fastexcelRead(Path file) throws IOException {
        long cells = 0;
        try (InputStream is = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(is)) {
            Sheet sheet = wb.getFirstSheet();
            try (var rows = sheet.openStream()) {
                for (Row r : (Iterable<Row>) rows::iterator) {
                    for (int i = 0; i < r.getCellCount(); i++) {
                        if (r.getCellText(i) != null) {
                            cells++;
                        }
                    }
                }
            }
        }
        return cells;
    }

    private record Measured<T>(T value, double seconds, long peakMb) {
    }

    private static <T> Measured<T> measure(Callable<T> work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t = System.nanoTime();
        T value = work.call();
        double s = secs(t);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        return new Measured<>(value, s, peak);
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

}
