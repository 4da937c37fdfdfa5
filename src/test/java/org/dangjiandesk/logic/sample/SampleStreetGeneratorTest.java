package org.dangjiandesk.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.org.MemberCounts;
import org.dangjiandesk.logic.org.OrgRules;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.summary.DataSummary;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One generated street of 4,000 members, checked member by member against the rules of the roster. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleStreetGeneratorTest {
    private static final int MEMBERS = 4_000;
    private static final LocalDate TODAY = TestServices.TODAY;

    private TestServices ts;
    private SampleResult result;
    private List<Member> members;
    private Map<Long, List<MemberEvent>> history;
    private OrgTree tree;
    private Map<Long, Place> places;
    private final List<long[]> progress = new ArrayList<>();

    @BeforeAll
    void generate() {
        ts = new TestServices();
        result = services().sample().generate(new SampleOptions(MEMBERS, 42, TODAY),
                (done, total) -> progress.add(new long[] {done, total}), () -> false);
        List<RosterEntry> roster = services().roster().loadRoster();
        members = ts.database().read(r -> roster.stream().map(e -> r.members().findById(e.id()).orElseThrow())
                .toList());
        history = ts.database().read(r -> members.stream()
                .collect(Collectors.toMap(Member::id, m -> r.events().forMember(m.id()))));
        tree = services().orgs().loadTree();
        places = services().orgs().loadPlaces().stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    @AfterAll
    void close() {
        ts.close();
    }

    private Services services() {
        return ts.services();
    }

    @Test
    void generate_writesExactlyTheRequestedCurrentMembers_plusAFewDeparted() {
        DataSummary s = services().summary().summary();
        assertThat(s.currentMembers()).isEqualTo(MEMBERS);
        assertThat(result.currentMembers()).isEqualTo(MEMBERS);
        assertThat(s.departedMembers()).isEqualTo(result.departedMembers()).isBetween(MEMBERS / 100, MEMBERS / 20);
        assertThat(s.events()).isEqualTo(result.events());
    }

    @Test
    void generate_buildsOneStreetWith38CommunitiesGridsCompoundsAndBuildings() {
        DataSummary s = services().summary().summary();
        assertThat(s.organisations(OrgType.WORKING_COMMITTEE)).isEqualTo(1);
        assertThat(tree.roots()).singleElement().extracting(OrgUnit::fullName).isEqualTo("中共枫岚街道工作委员会");
        List<OrgUnit> communities = tree.childrenOf(tree.roots().get(0).id()).stream()
                .filter(o -> o.shortName().contains("社区")).toList();
        assertThat(communities).hasSize(38);
        assertThat(communities).extracting(OrgUnit::type)
                .contains(OrgType.COMMITTEE, OrgType.GENERAL_BRANCH);
        assertThat(s.organisations(OrgType.JOINT_BRANCH)).isPositive();
        assertThat(s.organisations(OrgType.GROUP)).isPositive();
        assertThat(s.places(PlaceKind.GRID)).isGreaterThanOrEqualTo(38 * 3);
        assertThat(s.places(PlaceKind.COMPOUND)).isGreaterThanOrEqualTo(38 * 2);
        assertThat(s.places(PlaceKind.BUILDING)).isGreaterThan(s.places(PlaceKind.COMPOUND) * 3);
        assertThat(services().setup().streetName()).isEqualTo("枫岚街道");
    }

    @Test
    void everyOrganisation_sitsUnderAParentOfAllowedType_andBranchesPointAtTheirPlaces() {
        for (OrgUnit o : tree.all()) {
            if (o.parentId() != null) {
                assertThat(tree.get(o.parentId()).type().allowedChildren()).as(o.fullName()).contains(o.type());
            }
            if (o.placeId() != null) {
                Place p = places.get(o.placeId());
                boolean ok = switch (o.type()) {
                    case BRANCH -> p.kind() == PlaceKind.COMPOUND || p.kind() == PlaceKind.GRID && p.gridLevel() == 2;
                    case GROUP -> p.kind() == PlaceKind.BUILDING || p.kind() == PlaceKind.GRID && p.gridLevel() == 3;
                    default -> false;
                };
                assertThat(ok).as(o.fullName() + " on " + p.name()).isTrue();
            }
        }
    }

    @Test
    void everyMember_passesTheRosterValidation() {
        // ID checksum, birth date and sex agreeing with the ID, 18 at joining, no full date while probationary,
        // no date in the future, phone formats
        for (Member m : members) {
            assertThat(services().roster().validate(m)).as(m.name()).isEmpty();
        }
    }

    @Test
    void idNumbers_areValidUniqueAndCarryBirthDateAndSex() {
        Set<String> seen = new HashSet<>();
        for (Member m : members) {
            IdNumber id = IdNumber.parse(m.idNumber());
            assertThat(seen.add(m.idNumber())).as("unique").isTrue();
            assertThat(id.areaCode()).startsWith("3216");
            assertThat(id.birthDate()).isEqualTo(m.birthDate());
            assertThat(id.sex()).isEqualTo(m.sex());
            assertThat(m.birthDate().plusYears(18)).isBeforeOrEqualTo(m.joinedOn());
        }
    }

    @Test
    void probationaryMembers_areAboutThreePercent_andHaveNoFullDate() {
        List<Member> probationary = members.stream()
                .filter(m -> m.isCurrent() && m.category() == MemberCategory.PROBATIONARY).toList();
        assertThat(probationary.size()).isBetween(MEMBERS / 100, MEMBERS * 6 / 100);
        assertThat(probationary).allSatisfy(m -> {
            assertThat(m.fullMemberOn()).isNull();
            assertThat(m.joinedOn()).isAfter(TODAY.minusMonths(19));
        });
    }

    @Test
    void everyMember_hasOneEntryEventFirst_andNoEventBeforeJoiningOrAfterToday() {
        for (Member m : members) {
            List<MemberEvent> events = history.get(m.id());
            assertThat(events).as(m.name()).isNotEmpty();
            assertThat(events.get(0).type()).isIn(EventType.REGISTERED, EventType.TRANSFERRED_IN);
            assertThat(events).filteredOn(e -> e.type() == EventType.REGISTERED || e.type() == EventType.TRANSFERRED_IN)
                    .hasSize(1);
            assertThat(events).allSatisfy(e -> assertThat(e.date()).isBetween(m.joinedOn(), TODAY));
            if (events.get(0).type() == EventType.REGISTERED) {
                assertThat(events.get(0).date()).isEqualTo(m.joinedOn());
                assertThat(events.get(0).toOrgId()).isEqualTo(m.orgId());
            }
        }
    }

    @Test
    void departedMembers_haveTheMatchingEventOnTheDayTheyLeft() {
        List<Member> departed = members.stream().filter(m -> !m.isCurrent()).toList();
        assertThat(departed).extracting(Member::leftReason)
                .contains(LeaveReason.DIED, LeaveReason.TRANSFERRED_OUT);
        for (Member m : departed) {
            EventType expected = m.leftReason() == LeaveReason.DIED ? EventType.DIED : EventType.TRANSFERRED_OUT;
            MemberEvent last = history.get(m.id()).get(history.get(m.id()).size() - 1);
            assertThat(last.type()).as(m.name()).isEqualTo(expected);
            assertThat(last.date()).isEqualTo(m.leftOn());
            if (expected == EventType.TRANSFERRED_OUT) {
                assertThat(last.fromOrgId()).isEqualTo(m.orgId());
                assertThat(last.otherParty()).isNotBlank();
            }
        }
    }

    @Test
    void flaggedMembers_haveTheEventThatSetTheFlag() {
        for (Member m : members.stream().filter(Member::isCurrent).toList()) {
            Set<EventType> types = history.get(m.id()).stream().map(MemberEvent::type).collect(Collectors.toSet());
            assertThat(types.contains(EventType.LOST_CONTACT)).as(m.name()).isEqualTo(m.lostContact());
            assertThat(types.contains(EventType.FLOATING_OUT)).as(m.name()).isEqualTo(m.floating());
            assertThat(types.contains(EventType.SUSPENDED)).isEqualTo(m.partyStatus() == PartyStatus.SUSPENDED);
            if (m.lostContact()) {
                assertThat(history.get(m.id())).anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(EventType.LOST_CONTACT);
                    assertThat(e.date()).isEqualTo(m.lostContactSince());
                });
            }
        }
        List<Member> current = members.stream().filter(Member::isCurrent).toList();
        assertThat(current).anyMatch(Member::lostContact).anyMatch(Member::floating).anyMatch(Member::hardship)
                .anyMatch(Member::inServiceReported).anyMatch(Member::householdHead);
        assertThat(history.values()).anyMatch(h -> h.get(0).type() == EventType.TRANSFERRED_IN);
    }

    @Test
    void theRoster_looksLikeACommunityRoster() {
        List<Member> current = members.stream().filter(Member::isCurrent).toList();
        double women = share(current, m -> m.sex() == Sex.FEMALE);
        double han = share(current, m -> "01".equals(m.ethnicityCode()));
        double retired = share(current, m -> "72".equals(m.jobPostCode()) || "71".equals(m.jobPostCode()));
        double over60 = share(current, m -> m.ageOn(TODAY) > 60);
        assertThat(women).isBetween(0.28, 0.42);
        assertThat(han).isGreaterThan(0.94);
        assertThat(retired).isGreaterThan(0.35);
        assertThat(over60).isGreaterThan(0.35);
        assertThat(current).allSatisfy(m -> assertThat(m.name().length()).isBetween(2, 4));
        Map<Integer, Long> joiningDecades = current.stream()
                .collect(Collectors.groupingBy(m -> m.joinedOn().getYear() / 10 * 10, Collectors.counting()));
        assertThat(joiningDecades.keySet()).contains(1960, 1970, 1980, 1990, 2000, 2010, 2020);
        long busiestJoiningDay = current.stream()
                .collect(Collectors.groupingBy(Member::joinedOn, Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        assertThat(busiestJoiningDay).as("no pile-up of joining dates").isLessThan(MEMBERS / 200);
    }

    @Test
    void branchSizes_mostlyKeepTheRules_withAFewDeliberateExceptions() {
        MemberCounts counts = MemberCounts.compute(tree, services().roster().loadRoster());
        List<OrgUnit> branches = tree.all().stream().filter(o -> o.type().isBranchLike()).toList();
        List<OrgUnit> breaking = branches.stream().filter(b -> {
            MemberCounts.Count c = counts.of(b.id());
            return c.full() < OrgRules.MIN_FULL_MEMBERS || c.total() > OrgRules.MAX_BRANCH_MEMBERS;
        }).toList();
        assertThat(breaking).isNotEmpty();
        assertThat(breaking.size()).isLessThan(branches.size() / 20);
        assertThat(branches).allSatisfy(b -> assertThat(b.hasCommittee())
                .isEqualTo(counts.of(b.id()).full() >= OrgRules.COMMITTEE_FROM_FULL_MEMBERS));
        assertThat(branches).allSatisfy(b -> assertThat(b.secretaryName()).isNotBlank());
    }

    @Test
    void progress_isReportedUpToTheTotal() {
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(MEMBERS, MEMBERS);
        assertThat(progress).extracting(p -> p[0]).isSorted();
    }

    @Test
    void generate_intoADatabaseWithData_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services().sample()
                .generate(new SampleOptions(10, 1, TODAY), SampleProgress.NONE, () -> false))
                .isInstanceOf(NotEmptyException.class);
        assertThat(services().summary().summary().currentMembers()).isEqualTo(MEMBERS);
    }

    private static double share(List<Member> list, java.util.function.Predicate<Member> p) {
        return list.stream().filter(p).count() / (double) list.size();
    }
}
