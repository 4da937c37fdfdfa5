package org.dangjiandesk.logic.excel.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.logic.excel.read.CellValue;

/**
 * Finds the header row of a roster sheet among its first rows: title rows and 填报单位 lines above it are passed
 * over, and a second header row below it (手机号码 / 固定电话 under a merged 联系电话) is merged in.
 */
public final class HeaderDetector {
    /** How many rows from the top are searched. */
    public static final int SEARCH_ROWS = 30;
    /** A header row names at least this many known columns. */
    static final int MIN_KNOWN = 3;

    /** A row as read: its number and cells. */
    public record Row(int number, List<CellValue> cells) {
    }

    private HeaderDetector() {
    }

    public static Optional<ColumnMapping> detect(List<Row> firstRows) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < firstRows.size() && i < SEARCH_ROWS; i++) {
            int score = knownCount(firstRows.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (bestScore < MIN_KNOWN) {
            return Optional.empty();
        }
        Row header = firstRows.get(best);
        Row below = best + 1 < firstRows.size() ? firstRows.get(best + 1) : null;
        boolean twoRows = below != null && below.number() == header.number() + 1 && isSubHeader(below);
        int width = Math.max(header.cells().size(), twoRows ? below.cells().size() : 0);

        Map<Integer, String> texts = new LinkedHashMap<>();
        Map<Integer, RosterColumn> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        String group = "";
        for (int col = 0; col < width; col++) {
            String top = text(header, col);
            String sub = twoRows ? text(below, col) : "";
            if (!top.isEmpty()) {
                group = top;
            }
            String label = !sub.isEmpty() ? sub : top;
            if (label.isEmpty()) {
                continue;
            }
            texts.put(col, !sub.isEmpty() && !group.isEmpty() && !group.equals(sub) ? group + "/" + sub : label);
            Optional<RosterColumn> c = HeaderText.column(label);
            if (c.isPresent() && !columns.containsValue(c.get())) {
                columns.put(col, c.get());
            } else if (c.isEmpty() && !HeaderText.isIgnored(label) && !(HeaderText.isGroup(label) && sub.isEmpty() && twoRows)) {
                unknown.add(texts.get(col));
            }
        }
        return Optional.of(new ColumnMapping(header.number(), twoRows ? 2 : 1, texts, columns, unknown));
    }

    private static int knownCount(Row row) {
        int n = 0;
        for (CellValue c : row.cells()) {
            if (c.kind() == CellValue.Kind.TEXT && HeaderText.column(c.text()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** A row below the header that holds only sub-headers (and blanks), no data. */
    private static boolean isSubHeader(Row row) {
        int known = 0;
        for (CellValue c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            if (c.kind() != CellValue.Kind.TEXT || HeaderText.column(c.text()).isEmpty()) {
                return false;
            }
            known++;
        }
        return known >= 1;
    }

    private static String text(Row row, int col) {
        if (col >= row.cells().size()) {
            return "";
        }
        CellValue c = row.cells().get(col);
        return c.kind() == CellValue.Kind.TEXT ? c.text().strip() : "";
    }
}
