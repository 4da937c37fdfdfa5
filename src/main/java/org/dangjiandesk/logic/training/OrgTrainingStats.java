package org.dangjiandesk.logic.training;

/**
 * One organisation's training year, its whole subtree included: sessions it and the organisations below it held,
 * how often its members were present when on a session's list, and how many of its current members (the exempt
 * left out) met their norm.
 */
public record OrgTrainingStats(long orgId, String name, int depth, int sessions, int expected, int present,
                               int members, int meetingNorm) {

    /** Present ÷ on the list, 0–1; 0 when nobody was on any list. */
    public double attendanceRate() {
        return expected == 0 ? 0 : (double) present / expected;
    }

    /** Members meeting the norm ÷ members with a norm, 0–1. */
    public double normRate() {
        return members == 0 ? 0 : (double) meetingNorm / members;
    }
}
