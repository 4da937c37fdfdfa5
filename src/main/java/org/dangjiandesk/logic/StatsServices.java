package org.dangjiandesk.logic;

import org.dangjiandesk.logic.stats.PeriodService;
import org.dangjiandesk.logic.stats.StatsService;

/** Statistics: the report tables and dashboard, closed periods and their pre-flight checks. */
public record StatsServices(StatsService tables, PeriodService periods) {
}
