package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterState;
import org.junit.jupiter.api.Test;

class ApplicableEventsTest {
    private final MemberLifecycle lifecycle = new MemberLifecycle();

    private static Member member(MemberCategory category) {
        return Member.builder().id(1L).name("张建国").category(category).orgId(10L)
                .joinedOn(LocalDate.of(1990, 7, 1)).rosterState(RosterState.CURRENT).build();
    }

    @Test
    void fullMember_getsNeitherConversionNorTheUndoingEvents() {
        assertThat(lifecycle.applicableEvents(member(MemberCategory.FULL))).containsExactly(
                EventType.TRANSFERRED_OUT, EventType.MOVED, EventType.SUSPENDED, EventType.LOST_CONTACT,
                EventType.FLOATING_OUT, EventType.EXPELLED, EventType.DIED);
    }

    @Test
    void probationaryMember_mayBeConvertedOrExtended() {
        assertThat(lifecycle.applicableEvents(member(MemberCategory.PROBATIONARY)))
                .startsWith(EventType.CONVERTED_TO_FULL, EventType.PROBATION_EXTENDED);
    }

    @Test
    void suspendedLostFloatingMember_getsTheWayBack() {
        Member m = member(MemberCategory.FULL).toBuilder().partyStatus(PartyStatus.SUSPENDED).lostContact(true)
                .floating(true).build();
        assertThat(lifecycle.applicableEvents(m)).contains(EventType.RESTORED, EventType.CONTACT_RESTORED,
                EventType.FLOATING_BACK).doesNotContain(EventType.SUSPENDED, EventType.LOST_CONTACT,
                EventType.FLOATING_OUT);
    }

    @Test
    void departedMember_canOnlyComeBack() {
        Member m = member(MemberCategory.FULL).toBuilder().rosterState(RosterState.LEFT)
                .leftReason(LeaveReason.TRANSFERRED_OUT).leftOn(LocalDate.of(2026, 1, 1)).build();
        assertThat(lifecycle.applicableEvents(m)).containsExactly(EventType.TRANSFERRED_IN);
    }

    @Test
    void everyOfferedEvent_isAcceptedByApply() {
        Member m = member(MemberCategory.PROBATIONARY).toBuilder().birthDate(LocalDate.of(1970, 1, 1)).build();
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (EventType t : lifecycle.applicableEvents(m)) {
            var e = new org.dangjiandesk.model.MemberEvent(null, 1L, t, today, null, null, null, 20L, "深圳", null,
                    6, null);
            lifecycle.apply(m, e, today); // throws if an offered event does not fit
        }
    }
}
