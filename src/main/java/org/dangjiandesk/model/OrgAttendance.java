package org.dangjiandesk.model;

/** Attendance of the members registered in one organisation, over the sessions of a period. */
public record OrgAttendance(long orgId, int present, int absent, int excused) {

    public int expected() {
        return present + absent + excused;
    }
}
