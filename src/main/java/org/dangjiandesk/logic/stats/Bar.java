package org.dangjiandesk.logic.stats;

/** One bar of a chart: a stable key (for opening its members), its label and its count. */
public record Bar(String key, String label, int count) {
}
