package org.dangjiandesk.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dangjiandesk.logic.excel.RosterSheets;
import org.dangjiandesk.logic.excel.Workbooks;

/** Broken and hostile files someone might hand the roster import. */
final class HostileFiles {
    private HostileFiles() {
    }

    /** A sheet whose XML unpacks to {@code megabytes} MB from a zip of a few hundred KB. */
    static Path zipBomb(Path file, int megabytes) throws IOException {
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) ' ');
        return rawXlsx(file, null, zip -> {
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
        });
    }

    /** An external entity pointing at a local file (XXE), used in a cell. */
    static Path xxe(Path file) throws IOException {
        String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        return rawXlsx(file, doctype, rows(2, i -> i == 0 ? RosterSheets.HEADER.stream().map(String::valueOf).toList()
                : List.of("1", "&xxe;", "男", "汉族", Names.id(1))));
    }

    /** Nested internal entities that expand to gigabytes ("billion laughs"). */
    static Path entityExpansion(Path file) throws IOException {
        StringBuilder d = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            d.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        d.append("]>");
        return rawXlsx(file, d.toString(), rows(2, i -> i == 0 ? RosterSheets.HEADER.stream().map(String::valueOf).toList()
                : List.of("1", "&lol9;", "男", "汉族", Names.id(1))));
    }

    /** A header and {@code n} valid member rows, streamed straight into the sheet XML. */
    static Path manyRows(Path file, int n) throws IOException {
        List<String> header = RosterSheets.HEADER.stream().map(String::valueOf).toList();
        return rawXlsx(file, null, rows(n + 1, i -> i == 0 ? header
                : RosterSheets.row(i, Names.name(i), Names.id(i)).stream().map(v -> v == null ? "" : v.toString()).toList()));
    }

    static Path randomBytes(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(13).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    /** A Windows program (MZ header and a PE stub) saved under a .xlsx name. */
    static Path exeRenamed(Path file) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(5).nextBytes(bytes);
        bytes[0] = 'M';
        bytes[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return Files.write(file, bytes);
    }

    /** A workbook half written (a download cut off). */
    static Path truncated(Path file, Path whole) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A valid roster workbook saved with an open password (agile encryption, as Excel does). */
    static Path passwordProtected(Path file, Path plain) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("党建2026");
        Path copy = Files.copy(plain, file.resolveSibling(file.getFileName() + ".plain.xlsx"));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.deleteIfExists(copy);
        return file;
    }

    /** A roster whose second member has formulas for the name and the ID number. */
    static Path formulas(Path file) throws IOException {
        return Workbooks.xlsx(file, RosterSheets.sheet(RosterSheets.row(1, "赵一", Names.id(1)),
                RosterSheets.row(2, "=CONCATENATE(\"钱\",\"二\")", "=\"" + Names.id(2) + "\"")));
    }

    /** A valid small roster. */
    static Path plain(Path file) throws IOException {
        return Workbooks.xlsx(file, RosterSheets.sheet(RosterSheets.row(1, "赵一", Names.id(1))));
    }

    @FunctionalInterface
    interface SheetBody {
        void write(OutputStream sheetData) throws IOException;
    }

    private static SheetBody rows(int count, IntFunction<List<String>> row) {
        return out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                w.write("<row r=\"" + (i + 1) + "\">");
                for (String v : row.apply(i)) {
                    w.write("<c t=\"inlineStr\"><is><t>");
                    w.write(v.startsWith("&") ? v : v.replace("&", "&amp;").replace("<", "&lt;"));
                    w.write("</t></is></c>");
                }
                w.write("</row>");
            }
            w.flush();
        };
    }

    /** The smallest .xlsx Excel and POI open: one sheet, inline strings, the sheet data written by {@code body}. */
    private static Path rawXlsx(Path file, String doctype, SheetBody body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + (doctype == null ? "" : doctype)
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(zip);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
