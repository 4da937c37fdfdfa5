package org.dangjiandesk.model;

import java.time.LocalDate;

/**
 * The slim row the roster table shows and searches, one per member, kept in memory for all members so search and
 * sort stay instant at 100,000 members. The full {@link Member} is loaded only to edit one.
 */
public record RosterEntry(
        long id,
        String name,
        Sex sex,
        String idNumber,
        LocalDate birthDate,
        String ethnicityCode,
        String educationCode,
        MemberCategory category,
        long orgId,
        LocalDate joinedOn,
        String mobilePhone,
        PartyStatus partyStatus,
        boolean lostContact,
        boolean floating,
        boolean hardship,
        boolean inServiceReported,
        boolean householdHead,
        RosterState rosterState,
        NameKeys nameKeys) {

    public boolean isCurrent() {
        return rosterState == RosterState.CURRENT;
    }
}
