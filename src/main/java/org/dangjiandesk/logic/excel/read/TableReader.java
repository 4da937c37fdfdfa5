package org.dangjiandesk.logic.excel.read;

import java.nio.file.Path;

/** Streams the rows of the first sheet of a file without building the whole workbook in memory. */
public interface TableReader {
    void read(Path file, RowHandler handler);
}
