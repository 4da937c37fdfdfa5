package org.dangjiandesk.logic.excel.read;

import java.util.List;

/** Receives the rows of the first sheet in order; blank rows may be skipped by the reader. */
@FunctionalInterface
public interface RowHandler {
    /**
     * @param rowNumber 1-based row number as Excel shows it
     * @param cells cells from column A on; missing cells are {@link CellValue#BLANK}
     * @return false to stop reading (cancel)
     */
    boolean row(int rowNumber, List<CellValue> cells);
}
