package org.dangjiandesk.model;

/** How many sessions of a period a member was on the list of with one status. */
public record MemberAttendance(long memberId, AttendanceStatus status, int sessions) {
}
