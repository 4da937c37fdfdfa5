package org.dangjiandesk.gui.training;

import java.math.BigDecimal;
import org.dangjiandesk.model.AttendanceStatus;

/** A line of a session's attendance list as the table shows it, with the member's hours in the year shown. */
public record AttendeeRow(long memberId, String name, String org, AttendanceStatus status, BigDecimal yearHours) {
}
