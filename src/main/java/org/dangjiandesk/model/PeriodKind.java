package org.dangjiandesk.model;

/** How long a statistics period is: a quarter (2026Q3), a half-year (2026H1) or a year (2026). */
public enum PeriodKind {
    QUARTER, HALF_YEAR, YEAR
}
