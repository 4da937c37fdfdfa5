package org.dangjiandesk.logic.stats;

/**
 * Draws a dashboard chart as a PNG picture for a workbook. Charts are drawn by the screens' chart library, so the
 * composition root hands an implementation in; logic only passes the figures.
 */
@FunctionalInterface
public interface ChartRenderer {
    /** Draws nothing: workbooks are written without pictures. */
    ChartRenderer NONE = (chart, title, width, height) -> null;

    /** PNG bytes of the chart, or null when charts cannot be drawn here. */
    byte[] png(ChartData chart, String title, int width, int height);
}
