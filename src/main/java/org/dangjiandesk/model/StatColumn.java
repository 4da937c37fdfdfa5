package org.dangjiandesk.model;

/**
 * A column of a statistics table: its stable code (stored with closed periods), the bundle key of the header
 * group it sits under (null when it stands alone, spanning both header rows) and the bundle key of its label.
 */
public record StatColumn(String code, String groupKey, String labelKey) {
}
