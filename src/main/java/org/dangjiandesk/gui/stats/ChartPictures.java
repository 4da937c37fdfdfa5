package org.dangjiandesk.gui.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.ChartData;
import org.dangjiandesk.logic.stats.ChartRenderer;
import org.jfree.chart.ChartUtils;

/**
 * Draws dashboard charts as PNG pictures with JFreeChart (AWT, works headless): for saving a chart, copying it,
 * and the pictures in report workbooks (the composition root hands this to the statistics services).
 */
public final class ChartPictures implements ChartRenderer {
    private final Messages messages;

    public ChartPictures(Messages messages) {
        this.messages = messages;
    }

    @Override
    public byte[] png(ChartData chart, String title, int width, int height) {
        String shown = title != null ? title : messages.get(chart.dimension().titleKey());
        try {
            return ChartUtils.encodeAsPNG(StatsCharts.create(chart, shown).createBufferedImage(width, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
