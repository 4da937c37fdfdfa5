package org.dangjiandesk.model;

/** One member on a session's attendance list. */
public record Attendance(long sessionId, long memberId, AttendanceStatus status) {
}
