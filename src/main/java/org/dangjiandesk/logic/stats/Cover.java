package org.dangjiandesk.logic.stats;

import java.time.LocalDate;

/**
 * The cover of an upward submission: 填报单位 (stamped by hand), 负责人, 填表人, 联系电话 and 报出日期. Empty parts
 * are printed as lines to fill in by hand.
 */
public record Cover(String unitName, String head, String preparer, String phone, LocalDate reportedOn) {
    public static Cover blank(String unitName, LocalDate reportedOn) {
        return new Cover(unitName, "", "", "", reportedOn);
    }
}
