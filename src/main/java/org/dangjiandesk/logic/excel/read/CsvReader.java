package org.dangjiandesk.logic.excel.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file in UTF-8 (with or without BOM) or GBK/GB18030 (what Excel on a Chinese Windows saves), detected
 * from the bytes. Cells starting with '=' are reported as formulas, as a spreadsheet would treat them.
 */
public final class CsvReader implements TableReader {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF_BYTES = 1 << 20;

    @Override
    public void read(Path file, RowHandler handler) {
        try {
            Charset charset = detect(file);
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                if (charset == StandardCharsets.UTF_8) {
                    skipBom(in);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
                try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
                    int rowNumber = 0;
                    for (CSVRecord rec : parser) {
                        rowNumber++;
                        List<CellValue> cells = new ArrayList<>(rec.size());
                        for (String s : rec) {
                            cells.add(s.startsWith("=") && s.length() > 1 ? CellValue.formula(s.substring(1)) : CellValue.text(s));
                        }
                        if (!handler.row(rowNumber, cells)) {
                            return;
                        }
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new TableReadException(TableReadException.Reason.UNREADABLE, "csv", e);
        }
    }

    /** UTF-8 when the start of the file decodes as UTF-8 (or has its BOM), else GB18030 (a superset of GBK). */
    static Charset detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        int len = head.length;
        if (len == SNIFF_BYTES) {
            // do not judge a multi-byte character cut at the end of the sample
            while (len > 0 && (head[len - 1] & 0xC0) == 0x80) {
                len--;
            }
            len = Math.max(0, len - 1);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, len));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
