package org.dangjiandesk.logic;

import org.dangjiandesk.logic.excel.stats.StatsWorkbook;
import org.dangjiandesk.logic.stats.ChartRenderer;
import org.dangjiandesk.logic.stats.PeriodService;
import org.dangjiandesk.logic.stats.StatsService;

/**
 * Statistics: the report tables and dashboard, closed periods and their pre-flight checks, the report workbooks,
 * and the chart renderer the composition root hands in for pictures in workbooks.
 */
public record StatsServices(StatsService tables, PeriodService periods, StatsWorkbook sheets, ChartRenderer charts) {
}
