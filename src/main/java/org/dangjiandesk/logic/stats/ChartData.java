package org.dangjiandesk.logic.stats;

import java.util.List;

/** One dashboard chart: what it counts and its bars, in display order. */
public record ChartData(Dimension dimension, List<Bar> bars) {
    public ChartData {
        bars = List.copyOf(bars);
    }

    public int total() {
        return bars.stream().mapToInt(Bar::count).sum();
    }

    public int count(String key) {
        return bars.stream().filter(b -> b.key().equals(key)).mapToInt(Bar::count).findFirst().orElse(0);
    }
}
