package org.dangjiandesk.model;

/** Attendance counts of one session, for the per-organisation statistics. */
public record SessionTally(long sessionId, long orgId, int present, int absent, int excused) {

    public int expected() {
        return present + absent + excused;
    }
}
