package org.dangjiandesk.model;

/** One entry of a national code list; {@code parentCode} is the roll-up (e.g. 工作岗位 → occupation group). */
public record CodeItem(CodeCategory category, String code, String label, String parentCode, int sortOrder) {
    @Override
    public String toString() {
        return label;
    }
}
