package org.dangjiandesk.logic.roster;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterState;

/**
 * What each life event does to a member, as a pure function: {@link #apply} returns the member after the event
 * or throws {@link LifecycleException} when the event does not fit the member's state (e.g. 转正 of a full member).
 */
public final class MemberLifecycle {
    public static final int MIN_EXTENSION_MONTHS = 6;
    public static final int MAX_EXTENSION_MONTHS = 12;

    public Member apply(Member m, MemberEvent e, LocalDate today) {
        Objects.requireNonNull(e.date(), "event date");
        if (e.date().isAfter(today)) {
            throw new LifecycleException("event.error.inFuture");
        }
        if (m.joinedOn() != null && e.date().isBefore(m.joinedOn())) {
            throw new LifecycleException("event.error.beforeJoining");
        }
        if (e.type() != EventType.TRANSFERRED_IN && !m.isCurrent()) {
            throw new LifecycleException("event.error.notCurrent");
        }
        Member.Builder b = m.toBuilder();
        switch (e.type()) {
            case REGISTERED -> throw new LifecycleException("event.error.registeredOnlyOnCreate");
            case CONVERTED_TO_FULL -> {
                require(m.category() == MemberCategory.PROBATIONARY, "event.error.notProbationary");
                b.category(MemberCategory.FULL).fullMemberOn(e.date());
            }
            case PROBATION_EXTENDED -> {
                require(m.category() == MemberCategory.PROBATIONARY, "event.error.notProbationary");
                require(e.months() != null && e.months() >= MIN_EXTENSION_MONTHS && e.months() <= MAX_EXTENSION_MONTHS,
                        "event.error.extensionMonths");
            }
            case TRANSFERRED_OUT -> b.rosterState(RosterState.LEFT).leftOn(e.date())
                    .leftReason(LeaveReason.TRANSFERRED_OUT).duesPaidUntil(duesOr(e, m));
            case TRANSFERRED_IN -> {
                require(!m.isCurrent(), "event.error.alreadyCurrent");
                // only a member who was transferred out comes back this way; the dead and the expelled do not
                require(m.leftReason() == null || m.leftReason() == LeaveReason.TRANSFERRED_OUT,
                        "event.error.cannotReturn");
                require(e.toOrgId() != null, "event.error.targetOrgRequired");
                b.rosterState(RosterState.CURRENT).leftOn(null).leftReason(null).orgId(e.toOrgId())
                        .duesPaidUntil(duesOr(e, m));
            }
            case MOVED -> {
                require(e.toOrgId() != null, "event.error.targetOrgRequired");
                require(!e.toOrgId().equals(m.orgId()), "event.error.sameOrg");
                b.orgId(e.toOrgId());
            }
            case SUSPENDED -> {
                require(m.partyStatus() == PartyStatus.NORMAL, "event.error.alreadySuspended");
                b.partyStatus(PartyStatus.SUSPENDED);
            }
            case RESTORED -> {
                require(m.partyStatus() == PartyStatus.SUSPENDED, "event.error.notSuspended");
                b.partyStatus(PartyStatus.NORMAL);
            }
            case LOST_CONTACT -> {
                require(!m.lostContact(), "event.error.alreadyLost");
                b.lostContact(true).lostContactSince(e.date());
            }
            case CONTACT_RESTORED -> {
                require(m.lostContact(), "event.error.notLost");
                b.lostContact(false).lostContactSince(null);
            }
            case FLOATING_OUT -> {
                require(!m.floating(), "event.error.alreadyFloating");
                require(e.otherParty() != null && !e.otherParty().isBlank(), "event.error.destinationRequired");
                b.floating(true).floatingDestination(e.otherParty());
            }
            case FLOATING_BACK -> {
                require(m.floating(), "event.error.notFloating");
                b.floating(false).floatingDestination(null);
            }
            case EXPELLED -> b.rosterState(RosterState.LEFT).leftOn(e.date()).leftReason(LeaveReason.EXPELLED);
            case DIED -> b.rosterState(RosterState.LEFT).leftOn(e.date()).leftReason(LeaveReason.DIED);
        }
        return b.build();
    }

    /** The event as it is stored: the organisation a move or transfer left is filled in from the member. */
    public MemberEvent complete(Member m, MemberEvent e) {
        Long from = switch (e.type()) {
            case MOVED, TRANSFERRED_OUT -> m.orgId();
            default -> e.fromOrgId();
        };
        return new MemberEvent(e.id(), m.id(), e.type(), e.date(), e.reason(), e.docNo(), from, e.toOrgId(),
                e.otherParty(), e.duesPaidUntil(), e.months(), e.recordedAt());
    }

    private static String duesOr(MemberEvent e, Member m) {
        return e.duesPaidUntil() != null && !e.duesPaidUntil().isBlank() ? e.duesPaidUntil() : m.duesPaidUntil();
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new LifecycleException(key);
        }
    }
}
