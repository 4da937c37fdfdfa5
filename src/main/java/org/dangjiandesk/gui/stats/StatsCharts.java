package org.dangjiandesk.gui.stats;

import java.awt.Color;
import java.awt.Font;
import org.dangjiandesk.logic.stats.Bar;
import org.dangjiandesk.logic.stats.ChartData;
import org.dangjiandesk.logic.stats.Dimension;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds a JFreeChart bar chart of one dashboard chart, with a CJK font for every text. Breakdowns with long
 * labels (education, joining periods, occupations) lie horizontally so their labels stay readable. The category
 * keys are the bars' labels; {@link #keyOf} maps a clicked label back to the bar.
 */
final class StatsCharts {
    private static final Color BAR = new Color(0xC0, 0x1F, 0x1F);

    private StatsCharts() {
    }

    static JFreeChart create(ChartData data, String title) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bar b : data.bars()) {
            dataset.addValue(b.count(), title, b.label());
        }
        PlotOrientation orientation = horizontal(data.dimension()) ? PlotOrientation.HORIZONTAL
                : PlotOrientation.VERTICAL;
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, dataset, orientation, false, true, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.of(Font.PLAIN, 11));
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(horizontal(data.dimension()) ? 0.45f : 1.0f);
        plot.getDomainAxis().setTickLabelFont(ChartFonts.of(Font.PLAIN, 11));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setUpperMargin(0.15); // room for the figure above (or beside) the longest bar
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The key of the bar with this label (the category key of a clicked item), or null. */
    static String keyOf(ChartData data, Object label) {
        return data.bars().stream().filter(b -> b.label().equals(label)).map(Bar::key).findFirst().orElse(null);
    }

    static boolean horizontal(Dimension d) {
        return d == Dimension.EDUCATION || d == Dimension.JOINING_PERIOD || d == Dimension.OCCUPATION;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("cjk");
        theme.setExtraLargeFont(ChartFonts.of(Font.BOLD, 15));
        theme.setLargeFont(ChartFonts.of(Font.PLAIN, 13));
        theme.setRegularFont(ChartFonts.of(Font.PLAIN, 12));
        theme.setSmallFont(ChartFonts.of(Font.PLAIN, 11));
        return theme;
    }
}
