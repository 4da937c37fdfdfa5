package org.dangjiandesk.logic.rating;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the member rows of a printed sheet over pages of a fixed number of rows, as the .xlsx prints:
 * every page repeats the title and header row, the last page also carries the signature lines.
 * A sheet with no rows still prints one page (header and signatures only).
 */
public final class SheetPagination {
    /** Member rows on one A4 landscape page of the filled-in 季度考评表. */
    public static final int ROWS_PER_PAGE = 25;
    /** Member rows on one page of the blank variant, whose rows are taller for handwriting. */
    public static final int BLANK_ROWS_PER_PAGE = 18;

    /** One page: its 1-based number and the rows {@code from} (inclusive) to {@code to} (exclusive). */
    public record Page(int number, int from, int to) {
        public int size() {
            return to - from;
        }
    }

    private SheetPagination() {
    }

    /** Rows per page for the filled-in or the blank variant. */
    public static int rowsPerPage(boolean blank) {
        return blank ? BLANK_ROWS_PER_PAGE : ROWS_PER_PAGE;
    }

    /** The pages for {@code rowCount} rows at {@code rowsPerPage} rows a page; never empty. */
    public static List<Page> split(int rowCount, int rowsPerPage) {
        if (rowCount < 0) {
            throw new IllegalArgumentException("rowCount < 0: " + rowCount);
        }
        if (rowsPerPage < 1) {
            throw new IllegalArgumentException("rowsPerPage < 1: " + rowsPerPage);
        }
        List<Page> pages = new ArrayList<>();
        int from = 0;
        do {
            int to = Math.min(rowCount, from + rowsPerPage);
            pages.add(new Page(pages.size() + 1, from, to));
            from = to;
        } while (from < rowCount);
        return List.copyOf(pages);
    }
}
