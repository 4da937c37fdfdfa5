package org.dangjiandesk.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file with SAX (POI's event API): memory stays flat whatever the row count.
 * It reads each cell's stored type, so formulas are reported (never evaluated) and numbers stay numbers.
 * POI's defaults guard against zip bombs and XXE; they are kept.
 */
public final class XlsxReader implements TableReader {

    @Override
    public void read(Path file, RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableReadException(TableReadException.Reason.NOT_A_TABLE, "no sheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, styles, handler));
                xml.parse(new InputSource(sheet));
            }
        } catch (Stop stop) {
            // the handler asked to stop
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new TableReadException(TableReadException.Reason.NOT_A_TABLE, "not an Office Open XML file", e);
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                 | javax.xml.parsers.ParserConfigurationException
                 | IllegalStateException e) {
            throw Failures.classify(e);
        }
    }

    /** Thrown inside the SAX parse when the handler returns false. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowHandler handler;

        private final List<CellValue> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inFormula;
        private boolean hasFormula;
        private boolean inInlineText;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            switch (localName) {
                case "row" -> {
                    String r = attrs.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    cells.clear();
                }
                case "c" -> {
                    String ref = attrs.getValue("r");
                    column = ref != null ? columnIndex(ref) : cells.size();
                    type = attrs.getValue("t");
                    style = attrs.getValue("s");
                    value.setLength(0);
                    formula.setLength(0);
                    hasFormula = false;
                }
                case "v" -> inValue = true;
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "t" -> inInlineText = "inlineStr".equals(type);
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inInlineText = false;
                case "c" -> put(column, cellValue());
                case "row" -> {
                    if (!handler.row(rowNumber, List.copyOf(cells))) {
                        throw new Stop();
                    }
                }
                default -> { }
            }
        }

        private void put(int col, CellValue v) {
            while (cells.size() < col) {
                cells.add(CellValue.BLANK);
            }
            if (col < cells.size()) {
                cells.set(col, v);
            } else {
                cells.add(v);
            }
        }

        private CellValue cellValue() {
            if (hasFormula) {
                return CellValue.formula(formula.toString());
            }
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return v.isEmpty() ? CellValue.BLANK : numberOrDate(Double.parseDouble(v));
            }
            return switch (type) {
                case "s" -> CellValue.text(strings.getItemAt(Integer.parseInt(v)).getString());
                case "inlineStr", "str" -> CellValue.text(v);
                case "b" -> new CellValue(CellValue.Kind.BOOLEAN, "1".equals(v) ? "TRUE" : "FALSE", 0, null);
                case "e" -> new CellValue(CellValue.Kind.ERROR, v, 0, null);
                case "d" -> CellValue.text(v); // ISO date string (rare, strict OOXML)
                default -> CellValue.text(v);
            };
        }

        private CellValue numberOrDate(double n) {
            if (style != null && styles != null) {
                XSSFCellStyle cs = styles.getStyleAt(Integer.parseInt(style));
                if (cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString())
                        && DateUtil.isValidExcelDate(n)) {
                    return CellValue.date(DateUtil.getLocalDateTime(n).toLocalDate());
                }
            }
            return CellValue.number(n);
        }
    }

    /** "AB12" → 27 (0-based column). */
    static int columnIndex(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }
}
