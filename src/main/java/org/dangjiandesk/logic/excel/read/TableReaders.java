package org.dangjiandesk.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Picks the reader by the file's first bytes, not its name: a renamed .exe is refused, a .xls saved as .xlsx
 * still reads. ZIP → .xlsx, OLE2 → .xls (or an encrypted .xlsx), text → CSV.
 */
public final class TableReaders {
    private TableReaders() {
    }

    /** The kinds of file recognised. */
    public enum Format { XLSX, XLS, CSV }

    public static Format detect(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw new TableReadException(TableReadException.Reason.UNREADABLE, "cannot open", e);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Format.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return Format.XLS;
        }
        if (looksLikeText(head)) {
            return Format.CSV;
        }
        throw new TableReadException(TableReadException.Reason.NOT_A_TABLE, "unknown file type", null);
    }

    public static TableReader forFile(Path file) {
        return switch (detect(file)) {
            case XLSX -> new XlsxReader();
            case XLS -> new XlsReader();
            case CSV -> new CsvReader();
        };
    }

    /** No NUL bytes and few control characters: text in some 8-bit or UTF-8 encoding. */
    static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1A) {
                control++;
            }
        }
        return control * 50 < head.length;
    }
}
