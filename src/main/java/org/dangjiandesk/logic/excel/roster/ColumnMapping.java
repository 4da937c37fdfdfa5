package org.dangjiandesk.logic.excel.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which file column holds which roster column, as detected from the header row(s) and possibly corrected by the
 * clerk. {@code headers} keeps each column's header text as written, for messages ("D列「身份证号」").
 */
public record ColumnMapping(int headerRowNumber, int headerRows, Map<Integer, String> headers,
                            Map<Integer, RosterColumn> columns, List<String> unknownHeaders) {

    public ColumnMapping {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        unknownHeaders = List.copyOf(unknownHeaders);
    }

    /** The first data row (1-based). */
    public int firstDataRow() {
        return headerRowNumber + headerRows;
    }

    public Optional<Integer> indexOf(RosterColumn c) {
        return columns.entrySet().stream().filter(e -> e.getValue() == c).map(Map.Entry::getKey).findFirst();
    }

    public Map<RosterColumn, Integer> byColumn() {
        Map<RosterColumn, Integer> m = new EnumMap<>(RosterColumn.class);
        columns.forEach((idx, col) -> m.putIfAbsent(col, idx));
        return m;
    }

    /** A copy with one column assigned (or unassigned with null), as the clerk corrects the mapping. */
    public ColumnMapping with(int index, RosterColumn column) {
        Map<Integer, RosterColumn> m = new LinkedHashMap<>(columns);
        if (column == null) {
            m.remove(index);
        } else {
            m.values().removeIf(c -> c == column);
            m.put(index, column);
        }
        return new ColumnMapping(headerRowNumber, headerRows, headers, m, unknownHeaders);
    }

    /** "D列「身份证号」" for messages: the letter and the header as the file has it. */
    public String describe(int index) {
        String header = headers.getOrDefault(index, "");
        return letter(index) + "列" + (header.isEmpty() ? "" : "「" + header + "」");
    }

    public static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}
