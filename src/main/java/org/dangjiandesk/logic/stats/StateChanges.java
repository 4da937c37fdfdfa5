package org.dangjiandesk.logic.stats;

import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.PartyStatus;

/**
 * What a life event changed in the counted state, both ways: {@link #redo} replays an event forward (as
 * {@code MemberLifecycle} applied it), {@link #undo} winds it back. Events that change nothing counted
 * (延长预备期) are ignored.
 */
final class StateChanges {
    private StateChanges() {
    }

    static void redo(MemberState s, MemberEvent e) {
        switch (e.type()) {
            case REGISTERED -> {
                s.onRoster = true;
                if (e.toOrgId() != null) {
                    s.orgId = e.toOrgId();
                }
            }
            case TRANSFERRED_IN -> {
                s.onRoster = true;
                if (e.toOrgId() != null) {
                    s.orgId = e.toOrgId();
                }
            }
            case TRANSFERRED_OUT, DIED, EXPELLED -> s.onRoster = false;
            case MOVED -> {
                if (e.toOrgId() != null) {
                    s.orgId = e.toOrgId();
                }
            }
            case CONVERTED_TO_FULL -> s.category = MemberCategory.FULL;
            case SUSPENDED -> s.partyStatus = PartyStatus.SUSPENDED;
            case RESTORED -> s.partyStatus = PartyStatus.NORMAL;
            case LOST_CONTACT -> s.lostContact = true;
            case CONTACT_RESTORED -> s.lostContact = false;
            case FLOATING_OUT -> s.floating = true;
            case FLOATING_BACK -> s.floating = false;
            case PROBATION_EXTENDED -> {
            }
        }
    }

    static void undo(MemberState s, MemberEvent e) {
        switch (e.type()) {
            case REGISTERED, TRANSFERRED_IN -> s.onRoster = false;
            case TRANSFERRED_OUT, DIED, EXPELLED -> {
                s.onRoster = true;
                if (e.fromOrgId() != null) {
                    s.orgId = e.fromOrgId();
                }
            }
            case MOVED -> {
                if (e.fromOrgId() != null) {
                    s.orgId = e.fromOrgId();
                }
            }
            case CONVERTED_TO_FULL -> s.category = MemberCategory.PROBATIONARY;
            case SUSPENDED -> s.partyStatus = PartyStatus.NORMAL;
            case RESTORED -> s.partyStatus = PartyStatus.SUSPENDED;
            case LOST_CONTACT -> s.lostContact = false;
            case CONTACT_RESTORED -> s.lostContact = true;
            case FLOATING_OUT -> s.floating = false;
            case FLOATING_BACK -> s.floating = true;
            case PROBATION_EXTENDED -> {
            }
        }
    }

    /** Whether the event is the member's arrival on this street's roster. */
    static boolean isArrival(EventType t) {
        return t == EventType.REGISTERED || t == EventType.TRANSFERRED_IN;
    }
}
