package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberFacts;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterState;

/**
 * A member's countable state on one day, wound back (or forward) from the present by the member's events. Mutable
 * on purpose: 100,000 of these are adjusted in place by a few events instead of being copied.
 */
public final class MemberState {
    final MemberFacts facts;
    boolean onRoster;
    long orgId;
    MemberCategory category;
    PartyStatus partyStatus;
    boolean lostContact;
    boolean floating;

    MemberState(MemberFacts f) {
        this.facts = f;
        this.onRoster = f.rosterState() == RosterState.CURRENT;
        this.orgId = f.orgId();
        this.category = f.category();
        this.partyStatus = f.partyStatus();
        this.lostContact = f.lostContact();
        this.floating = f.floating();
    }

    MemberState(MemberState s) {
        this.facts = s.facts;
        this.onRoster = s.onRoster;
        this.orgId = s.orgId;
        this.category = s.category;
        this.partyStatus = s.partyStatus;
        this.lostContact = s.lostContact;
        this.floating = s.floating;
    }

    /** Counted in the party statistics: on the roster and 党籍正常 (停止党籍 is not counted). */
    public boolean counted() {
        return onRoster && partyStatus == PartyStatus.NORMAL;
    }

    public long id() {
        return facts.id();
    }

    public MemberFacts facts() {
        return facts;
    }

    public long orgId() {
        return orgId;
    }

    public MemberCategory category() {
        return category;
    }

    public boolean lostContact() {
        return lostContact;
    }

    public boolean floating() {
        return floating;
    }

    /** 在职党员 reporting to a community on the day. */
    public boolean inServiceReportedOn(LocalDate day) {
        return facts.inServiceReported() && (facts.reportedOn() == null || !facts.reportedOn().isAfter(day));
    }
}
