package org.dangjiandesk.model;

import java.time.LocalDate;

/**
 * The fields of one member the statistics count by, as they are now: one slim row per member (current and
 * departed) so the tables of 100,000 members come from one pass over rows like these.
 */
public record MemberFacts(
        long id,
        String name,
        Sex sex,
        String idNumber,
        String ethnicityCode,
        LocalDate birthDate,
        String educationCode,
        MemberCategory category,
        long orgId,
        LocalDate joinedOn,
        String jobPostCode,
        PartyStatus partyStatus,
        boolean lostContact,
        boolean floating,
        boolean inServiceReported,
        LocalDate reportedOn,
        boolean householdHead,
        RosterState rosterState) {
}
