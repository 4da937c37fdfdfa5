package org.dangjiandesk.logic.excel.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the first sheet of an old .xls (Excel 97–2003, also what WPS often saves) with POI's HSSF event API, so the
 * workbook is never built in memory. Formulas are reported, never evaluated.
 */
public final class XlsReader implements TableReader {

    @Override
    public void read(Path file, RowHandler handler) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new TableReadException(TableReadException.Reason.ENCRYPTED, "encrypted OOXML", null);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw new TableReadException(TableReadException.Reason.NOT_A_TABLE, "OLE2 file without a workbook", null);
            }
            SheetListener listener = new SheetListener(handler);
            FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(listener));
            listener.formats = formats;
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(formats);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (Stop stop) {
            // first sheet done, or the handler asked to stop
        } catch (NotOLE2FileException | OfficeXmlFileException e) {
            throw new TableReadException(TableReadException.Reason.NOT_A_TABLE, "not an .xls file", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TableReadException tre) {
                throw tre;
            }
            throw Failures.classify(e);
        }
    }

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class SheetListener implements HSSFListener {
        private final RowHandler handler;
        private final List<CellValue> cells = new ArrayList<>();
        private FormatTrackingHSSFListener formats;
        private SSTRecord strings;
        private int worksheets;

        SheetListener(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record record) {
            if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                if (++worksheets > 1) {
                    throw new Stop(); // only the first sheet is read
                }
                return;
            }
            if (record instanceof SSTRecord sst) {
                strings = sst;
                return;
            }
            if (worksheets != 1) {
                return;
            }
            if (record instanceof LastCellOfRowDummyRecord end) {
                if (!cells.isEmpty() && !handler.row(end.getRow() + 1, List.copyOf(cells))) {
                    throw new Stop();
                }
                cells.clear();
                return;
            }
            if (record instanceof CellValueRecordInterface cell) {
                put(cell.getColumn(), valueOf(record));
            }
        }

        private CellValue valueOf(org.apache.poi.hssf.record.Record r) {
            if (r instanceof LabelSSTRecord l) {
                return CellValue.text(strings.getString(l.getSSTIndex()).getString());
            }
            if (r instanceof LabelRecord l) {
                return CellValue.text(l.getValue());
            }
            if (r instanceof NumberRecord n) {
                int idx = formats.getFormatIndex(n);
                String fmt = formats.getFormatString(n);
                if (DateUtil.isADateFormat(idx, fmt) && DateUtil.isValidExcelDate(n.getValue())) {
                    return CellValue.date(DateUtil.getLocalDateTime(n.getValue()).toLocalDate());
                }
                return CellValue.number(n.getValue());
            }
            if (r instanceof FormulaRecord) {
                return CellValue.formula("…");
            }
            if (r instanceof BoolErrRecord b) {
                return b.isBoolean() ? new CellValue(CellValue.Kind.BOOLEAN, b.getBooleanValue() ? "TRUE" : "FALSE", 0, null)
                        : new CellValue(CellValue.Kind.ERROR, "#ERR", 0, null);
            }
            return CellValue.BLANK;
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
    }
}
