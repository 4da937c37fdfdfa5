package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Repositories;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterServiceTest {
    private TestServices ts;
    private TestStreet street;
    private RosterService roster;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        roster = ts.services().roster();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private Member newMember(String name, int sequence) {
        return TestStreet.member(name, TestStreet.idNumber("320505", LocalDate.of(1975, 4, 8), sequence),
                street.branch2.id(), MemberCategory.FULL, LocalDate.of(2001, 7, 1));
    }

    private int memberCount() {
        return ts.database().read(r -> r.members().rosterEntries().size());
    }

    private int eventCount() {
        return ts.database().read(r -> r.events().count());
    }

    /** Records each write and what the repositories held when its work was done (before the commit). */
    private static final class WatchingStore implements DataStore {
        private final DataStore inner;
        final List<String> writes = new ArrayList<>();

        WatchingStore(DataStore inner) {
            this.inner = inner;
        }

        @Override
        public <T> T read(Function<Repositories, T> work) {
            return inner.read(work);
        }

        @Override
        public <T> T write(Function<Repositories, T> work) {
            return inner.write(r -> {
                T result = work.apply(r);
                if (result instanceof Member m) {
                    writes.add("member " + r.members().findById(m.id()).isPresent()
                            + ", events " + r.events().forMember(m.id()).stream().map(MemberEvent::type).toList());
                }
                return result;
            });
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    void create_writesTheMemberAndARegisteredEvent_inOneTransaction() {
        WatchingStore watching = new WatchingStore(ts.database());
        RosterService service = new RosterService(watching, new ChineseNames(), TestServices.CLOCK);

        Member saved = service.create(newMember("赵敏", 1), EventType.REGISTERED, "组发〔2001〕3号");

        assertThat(watching.writes).containsExactly("member true, events [REGISTERED]");
        List<MemberEvent> history = roster.history(saved.id());
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.REGISTERED);
            assertThat(e.date()).isEqualTo(saved.joinedOn());
            assertThat(e.toOrgId()).isEqualTo(street.branch2.id());
            assertThat(e.docNo()).isEqualTo("组发〔2001〕3号");
        });
    }

    @Test
    void create_storesTheKeysAndPutsTheMemberInStrokeOrder() {
        Member saved = roster.create(newMember("  丁一  ", 1), EventType.REGISTERED, null);
        assertThat(saved.name()).isEqualTo("丁一");
        RosterEntry entry = roster.entry(saved.id()).orElseThrow();
        assertThat(entry.nameKeys().pinyinInitials()).isEqualTo("dy");
        assertThat(roster.loadRoster()).extracting(RosterEntry::name)
                .containsExactly("丁一", "王秀英", "李芳", "张建国"); // 丁 2, 王 4, 李 7 (横…), 张 7 (折…)
    }

    @Test
    void create_storesTheIdNumberNormalised() {
        String id = TestStreet.idNumber("110105", LocalDate.of(1949, 12, 31), 2);
        assertThat(id).endsWith("X");
        Member typed = TestStreet.member("钱红", id, street.branch1.id(), MemberCategory.FULL, LocalDate.of(1970, 1, 1))
                .toBuilder().idNumber(" " + id.toLowerCase().substring(0, 6) + " " + id.toLowerCase().substring(6))
                .build();
        Member saved = roster.create(typed, EventType.REGISTERED, null);
        assertThat(saved.idNumber()).isEqualTo(id);
        assertThat(roster.find(saved.id()).orElseThrow().idNumber()).isEqualTo(id);
    }

    @Test
    void create_withAnIdNumberAlreadyOnTheRoster_isRefusedOnTheIdField() {
        int members = memberCount();
        Member twin = newMember("赵敏", 1).toBuilder().idNumber(street.zhangJianguo.idNumber())
                .birthDate(street.zhangJianguo.birthDate()).sex(street.zhangJianguo.sex()).build();
        assertThatThrownBy(() -> roster.create(twin, EventType.REGISTERED, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of(MemberField.ID_NUMBER, "validation.duplicateIdNumber")));
        assertThat(memberCount()).isEqualTo(members);
    }

    @Test
    void create_withTheSameIdNumberTypedDifferently_isStillADuplicate() {
        String id = TestStreet.idNumber("110105", LocalDate.of(1949, 12, 31), 2);
        Member first = TestStreet.member("钱红", id, street.branch1.id(), MemberCategory.FULL, LocalDate.of(1970, 1, 1));
        roster.create(first, EventType.REGISTERED, null);
        Member again = first.toBuilder().name("钱虹").idNumber(id.toLowerCase()).build();
        assertThatThrownBy(() -> roster.create(again, EventType.REGISTERED, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.duplicateIdNumber"));
    }

    @Test
    void update_toAnotherMembersIdNumber_isRefused() {
        Member li = roster.find(street.liFang.id()).orElseThrow();
        Member clash = li.toBuilder().idNumber(street.zhangJianguo.idNumber())
                .birthDate(street.zhangJianguo.birthDate()).sex(street.zhangJianguo.sex()).build();
        assertThatThrownBy(() -> roster.update(clash)).isInstanceOf(ValidationException.class);
        assertThat(roster.find(li.id()).orElseThrow()).isEqualTo(li);
    }

    @Test
    void recordEvent_transferredOut_marksTheMemberLeftAndAppendsHistory() {
        MemberEvent out = new MemberEvent(null, street.liFang.id(), EventType.TRANSFERRED_OUT,
                LocalDate.of(2026, 11, 1), null, "苏组转〔2026〕15号", null, null, "中共某某区委组织部", "2026-10", null, null);

        Member after = roster.recordEvent(out);

        assertThat(after.rosterState()).isEqualTo(RosterState.LEFT);
        assertThat(after.leftReason()).isEqualTo(LeaveReason.TRANSFERRED_OUT);
        assertThat(after.leftOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(after.duesPaidUntil()).isEqualTo("2026-10");
        assertThat(roster.find(after.id()).orElseThrow()).isEqualTo(after);
        assertThat(roster.history(after.id())).extracting(MemberEvent::type)
                .containsExactly(EventType.REGISTERED, EventType.TRANSFERRED_OUT);
        assertThat(roster.history(after.id()).get(1).fromOrgId()).isEqualTo(street.branch1.id());
        assertThat(roster.entry(after.id()).orElseThrow().isCurrent()).isFalse();
    }

    @Test
    void recordEvent_thatDoesNotFit_writesNothing() {
        int events = eventCount();
        Member before = roster.find(street.zhangJianguo.id()).orElseThrow();
        MemberEvent convert = MemberEvent.of(before.id(), EventType.CONVERTED_TO_FULL, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> roster.recordEvent(convert)).isInstanceOfSatisfying(LifecycleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("event.error.notProbationary"));
        assertThat(eventCount()).isEqualTo(events);
        assertThat(roster.find(before.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void recordEvent_leavingTheMemberInvalid_writesNothing() {
        int events = eventCount();
        Member before = roster.find(street.liFang.id()).orElseThrow();
        MemberEvent out = new MemberEvent(null, before.id(), EventType.TRANSFERRED_OUT, LocalDate.of(2026, 11, 1),
                null, null, null, null, null, "2026年10月", null, null);
        assertThatThrownBy(() -> roster.recordEvent(out)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly(
                        FieldProblem.of(MemberField.DUES_PAID_UNTIL, "validation.yearMonth")));
        assertThat(eventCount()).isEqualTo(events);
        assertThat(roster.find(before.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void create_ofAnInvalidMember_writesNothing() {
        int members = memberCount();
        int events = eventCount();
        Member tooYoung = newMember("孙小", 3).toBuilder().joinedOn(LocalDate.of(1990, 1, 1))
                .fullMemberOn(LocalDate.of(1991, 1, 1)).build();
        assertThatThrownBy(() -> roster.create(tooYoung, EventType.REGISTERED, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of(MemberField.JOINED_ON, "validation.under18AtJoining")));
        assertThat(memberCount()).isEqualTo(members);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void update_ofAnInvalidMember_writesNothing() {
        Member before = roster.find(street.zhangJianguo.id()).orElseThrow();
        assertThatThrownBy(() -> roster.update(before.toBuilder().mobilePhone("12345").build()))
                .isInstanceOf(ValidationException.class);
        assertThat(roster.find(before.id()).orElseThrow()).isEqualTo(before);
    }
}
