package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MemberLifecycleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private static final long ORG = 7L;
    private static final long OTHER_ORG = 8L;

    private final MemberLifecycle lifecycle = new MemberLifecycle();

    /** A current full member of org 7, 党籍正常, joined 2005-07-01. */
    private static Member full() {
        return TestStreet.member("张建国", TestStreet.idNumber("320502", LocalDate.of(1980, 5, 17), 11), ORG,
                MemberCategory.FULL, LocalDate.of(2005, 7, 1)).toBuilder().id(1L).duesPaidUntil("2026-09").build();
    }

    private static Member probationary() {
        return full().toBuilder().category(MemberCategory.PROBATIONARY).fullMemberOn(null)
                .joinedOn(LocalDate.of(2025, 12, 1)).build();
    }

    private static Member left(LeaveReason reason) {
        return full().toBuilder().rosterState(RosterState.LEFT).leftOn(LocalDate.of(2026, 1, 5)).leftReason(reason)
                .build();
    }

    private static MemberEvent event(EventType type, UnaryOperator<EventBuilder> details) {
        return details.apply(new EventBuilder(type)).build();
    }

    private static MemberEvent event(EventType type) {
        return MemberEvent.of(1L, type, DAY);
    }

    /** Fills the optional parts of an event. */
    private static final class EventBuilder {
        private final EventType type;
        private LocalDate date = DAY;
        private Long toOrg;
        private String otherParty;
        private String dues;
        private Integer months;

        EventBuilder(EventType type) {
            this.type = type;
        }

        EventBuilder date(LocalDate d) {
            date = d;
            return this;
        }

        EventBuilder toOrg(Long o) {
            toOrg = o;
            return this;
        }

        EventBuilder otherParty(String p) {
            otherParty = p;
            return this;
        }

        EventBuilder dues(String d) {
            dues = d;
            return this;
        }

        EventBuilder months(Integer m) {
            months = m;
            return this;
        }

        MemberEvent build() {
            return new MemberEvent(null, 1L, type, date, null, "介字001", null, toOrg, otherParty, dues, months, null);
        }
    }

    // --- legal transitions ---

    @Test
    void convertedToFull_makesAProbationaryMemberFull_onTheEventDate() {
        Member after = lifecycle.apply(probationary(), event(EventType.CONVERTED_TO_FULL), TODAY);
        assertThat(after.category()).isEqualTo(MemberCategory.FULL);
        assertThat(after.fullMemberOn()).isEqualTo(DAY);
    }

    @ParameterizedTest
    @MethodSource("extensionMonthsAllowed")
    void probationExtended_by6To12Months_keepsTheMemberProbationary(int months) {
        Member before = probationary();
        Member after = lifecycle.apply(before, event(EventType.PROBATION_EXTENDED, e -> e.months(months)), TODAY);
        assertThat(after).isEqualTo(before);
    }

    static Stream<Integer> extensionMonthsAllowed() {
        return Stream.of(6, 9, 12);
    }

    @Test
    void transferredOut_takesTheMemberOffTheRoster_withTheNewDues() {
        Member after = lifecycle.apply(full(), event(EventType.TRANSFERRED_OUT, e -> e.dues("2026-10")), TODAY);
        assertThat(after.rosterState()).isEqualTo(RosterState.LEFT);
        assertThat(after.leftOn()).isEqualTo(DAY);
        assertThat(after.leftReason()).isEqualTo(LeaveReason.TRANSFERRED_OUT);
        assertThat(after.duesPaidUntil()).isEqualTo("2026-10");
        assertThat(after.orgId()).isEqualTo(ORG);
    }

    @Test
    void transferredOut_withoutDues_keepsTheMembersDues() {
        Member after = lifecycle.apply(full(), event(EventType.TRANSFERRED_OUT, e -> e.dues(" ")), TODAY);
        assertThat(after.duesPaidUntil()).isEqualTo("2026-09");
    }

    @Test
    void transferredIn_bringsADepartedMemberBack_intoTheTargetOrganisation() {
        Member after = lifecycle.apply(left(LeaveReason.TRANSFERRED_OUT),
                event(EventType.TRANSFERRED_IN, e -> e.toOrg(OTHER_ORG).dues("2026-10")), TODAY);
        assertThat(after.isCurrent()).isTrue();
        assertThat(after.leftOn()).isNull();
        assertThat(after.leftReason()).isNull();
        assertThat(after.orgId()).isEqualTo(OTHER_ORG);
        assertThat(after.duesPaidUntil()).isEqualTo("2026-10");
    }

    @Test
    void moved_changesTheOrganisation() {
        assertThat(lifecycle.apply(full(), event(EventType.MOVED, e -> e.toOrg(OTHER_ORG)), TODAY).orgId())
                .isEqualTo(OTHER_ORG);
    }

    @Test
    void suspendedAndRestored_switchThePartyStatus() {
        Member suspended = lifecycle.apply(full(), event(EventType.SUSPENDED), TODAY);
        assertThat(suspended.partyStatus()).isEqualTo(PartyStatus.SUSPENDED);
        assertThat(lifecycle.apply(suspended, event(EventType.RESTORED), TODAY).partyStatus())
                .isEqualTo(PartyStatus.NORMAL);
    }

    @Test
    void lostContactAndContactRestored_setAndClearTheFlagAndDate() {
        Member lost = lifecycle.apply(full(), event(EventType.LOST_CONTACT), TODAY);
        assertThat(lost.lostContact()).isTrue();
        assertThat(lost.lostContactSince()).isEqualTo(DAY);
        Member found = lifecycle.apply(lost, event(EventType.CONTACT_RESTORED), TODAY);
        assertThat(found.lostContact()).isFalse();
        assertThat(found.lostContactSince()).isNull();
    }

    @Test
    void floatingOutAndBack_setAndClearTheFlagAndDestination() {
        Member away = lifecycle.apply(full(), event(EventType.FLOATING_OUT, e -> e.otherParty("广东省深圳市")), TODAY);
        assertThat(away.floating()).isTrue();
        assertThat(away.floatingDestination()).isEqualTo("广东省深圳市");
        Member back = lifecycle.apply(away, event(EventType.FLOATING_BACK), TODAY);
        assertThat(back.floating()).isFalse();
        assertThat(back.floatingDestination()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"EXPELLED", "DIED"})
    void expelledAndDied_takeTheMemberOffTheRosterWithThatReason(EventType type) {
        Member after = lifecycle.apply(full(), event(type), TODAY);
        assertThat(after.rosterState()).isEqualTo(RosterState.LEFT);
        assertThat(after.leftOn()).isEqualTo(DAY);
        assertThat(after.leftReason()).isEqualTo(LeaveReason.valueOf(type.name()));
    }

    @Test
    void event_onTodayAndOnTheJoiningDate_isAllowed() {
        assertThat(lifecycle.apply(full(), event(EventType.SUSPENDED, e -> e.date(TODAY)), TODAY).partyStatus())
                .isEqualTo(PartyStatus.SUSPENDED);
        assertThat(lifecycle.apply(full(), event(EventType.SUSPENDED, e -> e.date(full().joinedOn())), TODAY)
                .partyStatus()).isEqualTo(PartyStatus.SUSPENDED);
    }

    @Test
    void apply_neverChangesTheGivenMember() {
        Member before = full();
        lifecycle.apply(before, event(EventType.DIED), TODAY);
        assertThat(before).isEqualTo(full());
    }

    // --- illegal transitions ---

    @ParameterizedTest(name = "{0} on {1} → {3}")
    @MethodSource("illegal")
    void illegalEvent_isRefusedWithItsReason(EventType type, String state, MemberEvent e, String key) {
        Member m = switch (state) {
            case "full" -> full();
            case "probationary" -> probationary();
            case "suspended" -> full().toBuilder().partyStatus(PartyStatus.SUSPENDED).build();
            case "lost" -> full().toBuilder().lostContact(true).lostContactSince(LocalDate.of(2026, 1, 1)).build();
            case "floating" -> full().toBuilder().floating(true).floatingDestination("上海").build();
            case "transferredOut" -> left(LeaveReason.TRANSFERRED_OUT);
            case "died" -> left(LeaveReason.DIED);
            case "expelled" -> left(LeaveReason.EXPELLED);
            default -> throw new IllegalArgumentException(state);
        };
        assertThatThrownBy(() -> lifecycle.apply(m, e, TODAY))
                .isInstanceOfSatisfying(LifecycleException.class, x -> assertThat(x.messageKey()).isEqualTo(key));
    }

    static Stream<Arguments> illegal() {
        return Stream.of(
                illegal(EventType.REGISTERED, "full", event(EventType.REGISTERED), "registeredOnlyOnCreate"),
                illegal(EventType.CONVERTED_TO_FULL, "full", event(EventType.CONVERTED_TO_FULL), "notProbationary"),
                illegal(EventType.PROBATION_EXTENDED, "full",
                        event(EventType.PROBATION_EXTENDED, e -> e.months(6)), "notProbationary"),
                illegal(EventType.PROBATION_EXTENDED, "probationary",
                        event(EventType.PROBATION_EXTENDED, e -> e.months(5)), "extensionMonths"),
                illegal(EventType.PROBATION_EXTENDED, "probationary",
                        event(EventType.PROBATION_EXTENDED, e -> e.months(13)), "extensionMonths"),
                illegal(EventType.PROBATION_EXTENDED, "probationary", event(EventType.PROBATION_EXTENDED),
                        "extensionMonths"),
                illegal(EventType.TRANSFERRED_OUT, "transferredOut", event(EventType.TRANSFERRED_OUT), "notCurrent"),
                illegal(EventType.TRANSFERRED_IN, "full",
                        event(EventType.TRANSFERRED_IN, e -> e.toOrg(OTHER_ORG)), "alreadyCurrent"),
                illegal(EventType.TRANSFERRED_IN, "transferredOut", event(EventType.TRANSFERRED_IN),
                        "targetOrgRequired"),
                illegal(EventType.TRANSFERRED_IN, "died",
                        event(EventType.TRANSFERRED_IN, e -> e.toOrg(OTHER_ORG)), "cannotReturn"),
                illegal(EventType.TRANSFERRED_IN, "expelled",
                        event(EventType.TRANSFERRED_IN, e -> e.toOrg(OTHER_ORG)), "cannotReturn"),
                illegal(EventType.MOVED, "full", event(EventType.MOVED), "targetOrgRequired"),
                illegal(EventType.MOVED, "full", event(EventType.MOVED, e -> e.toOrg(ORG)), "sameOrg"),
                illegal(EventType.MOVED, "transferredOut", event(EventType.MOVED, e -> e.toOrg(OTHER_ORG)),
                        "notCurrent"),
                illegal(EventType.SUSPENDED, "suspended", event(EventType.SUSPENDED), "alreadySuspended"),
                illegal(EventType.RESTORED, "full", event(EventType.RESTORED), "notSuspended"),
                illegal(EventType.LOST_CONTACT, "lost", event(EventType.LOST_CONTACT), "alreadyLost"),
                illegal(EventType.CONTACT_RESTORED, "full", event(EventType.CONTACT_RESTORED), "notLost"),
                illegal(EventType.FLOATING_OUT, "floating",
                        event(EventType.FLOATING_OUT, e -> e.otherParty("北京")), "alreadyFloating"),
                illegal(EventType.FLOATING_OUT, "full", event(EventType.FLOATING_OUT), "destinationRequired"),
                illegal(EventType.FLOATING_OUT, "full", event(EventType.FLOATING_OUT, e -> e.otherParty(" ")),
                        "destinationRequired"),
                illegal(EventType.FLOATING_BACK, "full", event(EventType.FLOATING_BACK), "notFloating"),
                illegal(EventType.EXPELLED, "died", event(EventType.EXPELLED), "notCurrent"),
                illegal(EventType.DIED, "transferredOut", event(EventType.DIED), "notCurrent"),
                illegal(EventType.SUSPENDED, "full", event(EventType.SUSPENDED, e -> e.date(TODAY.plusDays(1))),
                        "inFuture"),
                illegal(EventType.SUSPENDED, "full",
                        event(EventType.SUSPENDED, e -> e.date(LocalDate.of(2005, 6, 30))), "beforeJoining"));
    }

    private static Arguments illegal(EventType type, String state, MemberEvent e, String key) {
        return Arguments.of(type, state, e, "event.error." + key);
    }

    @Test
    void everyEventType_hasALegalAndAnIllegalCaseAbove() {
        assertThat(illegal().map(a -> (EventType) a.get()[0]).distinct())
                .containsExactlyInAnyOrder(EventType.values());
    }

    // --- the stored event ---

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"MOVED", "TRANSFERRED_OUT"})
    void complete_fillsInTheOrganisationTheMemberLeft(EventType type) {
        MemberEvent stored = lifecycle.complete(full(), event(type, e -> e.toOrg(OTHER_ORG)));
        assertThat(stored.fromOrgId()).isEqualTo(ORG);
        assertThat(stored.toOrgId()).isEqualTo(OTHER_ORG);
        assertThat(stored.memberId()).isEqualTo(1L);
        assertThat(stored.docNo()).isEqualTo("介字001");
    }

    @Test
    void complete_ofOtherEvents_keepsTheGivenFromOrganisation() {
        assertThat(lifecycle.complete(full(), event(EventType.SUSPENDED)).fromOrgId()).isNull();
    }
}
