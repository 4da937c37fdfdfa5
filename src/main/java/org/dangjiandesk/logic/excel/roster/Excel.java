package org.dangjiandesk.logic.excel.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a streaming workbook to a temporary file beside the target and moves it into place when complete. */
public final class Excel {
    private Excel() {
    }

    public static <T> T writeAtomically(Path out, Function<SXSSFWorkbook, T> fill) {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".export-", ".xlsx.part");
            T result = fill.apply(wb);
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // the temporary file is gone or will be overwritten next time
            }
        }
    }
}
