package org.dangjiandesk.logic.excel.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to export: the columns in order, which members ({@code memberIds}, e.g. what the roster screen's filters
 * show; null = every current member), whether ID numbers and phones are shown in full (only where the user may),
 * and the cover line: 填报单位 and 截止日期.
 */
public record RosterExportRequest(List<RosterColumn> columns, Set<Long> memberIds, boolean unmasked,
                                  String unitName, LocalDate asOf) {

    /** The national 16-item 党员花名册 in its column order. */
    public static List<RosterColumn> nationalColumns() {
        return java.util.Arrays.stream(RosterColumn.values()).filter(RosterColumn::isNational).toList();
    }
}
