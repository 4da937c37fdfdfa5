package org.dangjiandesk.logic.roster;

import java.util.function.Predicate;
import org.dangjiandesk.model.RosterEntry;

/** The yes/no filters of the roster screen. */
public enum RosterFlag {
    LOST_CONTACT(RosterEntry::lostContact),
    FLOATING(RosterEntry::floating),
    HARDSHIP(RosterEntry::hardship),
    IN_SERVICE_REPORTED(RosterEntry::inServiceReported),
    HOUSEHOLD_HEAD(RosterEntry::householdHead);

    private final Predicate<RosterEntry> test;

    RosterFlag(Predicate<RosterEntry> test) {
        this.test = test;
    }

    public boolean isSet(RosterEntry e) {
        return test.test(e);
    }
}
