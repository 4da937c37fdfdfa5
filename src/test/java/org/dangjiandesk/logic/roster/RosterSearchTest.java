package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosterSearchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final ChineseNames NAMES = new ChineseNames();

    private static final String ZHANG_ID = TestStreet.idNumber("320502", LocalDate.of(1965, 3, 12), 1);
    private static final String LI_ID = "11010519491231002X";

    private static final RosterEntry ZHANG = entry(1, "张建国", ZHANG_ID, "13912345678", 10, e -> e);
    private static final RosterEntry LI = entry(2, "李芳", LI_ID, "13800001111", 10, e -> e);
    private static final RosterEntry WANG = entry(3, "王秀英", TestStreet.idNumber("320503", LocalDate.of(1999, 1, 20), 4),
            null, 20, e -> e);
    private static final List<RosterEntry> ROSTER = List.of(ZHANG, LI, WANG);

    /** A roster row; {@code change} adjusts the fields a test is about. */
    private static RosterEntry entry(long id, String name, String idNumber, String mobile, long orgId,
            UnaryOperator<Row> change) {
        Row r = new Row();
        r.id = id;
        r.name = name;
        r.idNumber = idNumber;
        r.birth = org.dangjiandesk.model.IdNumber.parse(idNumber).birthDate();
        r.mobile = mobile;
        r.orgId = orgId;
        return change.apply(r).build();
    }

    private static RosterEntry born(long id, LocalDate birth) {
        return entry(id, "赵" + id, TestStreet.idNumber("320502", birth, 3), null, 10, r -> r);
    }

    /** Mutable stand-in for the record while building it. */
    private static final class Row {
        long id;
        String name;
        String idNumber;
        LocalDate birth;
        String mobile;
        long orgId;
        MemberCategory category = MemberCategory.FULL;
        PartyStatus status = PartyStatus.NORMAL;
        boolean lost;
        boolean floating;
        boolean hardship;
        boolean reported;
        boolean head;
        RosterState state = RosterState.CURRENT;

        RosterEntry build() {
            return new RosterEntry(id, name, Sex.MALE, idNumber, birth, "01", "21", category, orgId,
                    LocalDate.of(2000, 1, 1), mobile, status, lost, floating, hardship, reported, head, state,
                    NAMES.keysFor(name));
        }
    }

    private static List<String> names(List<RosterEntry> entries) {
        return entries.stream().map(RosterEntry::name).toList();
    }

    private static List<String> search(String text) {
        return names(RosterSearch.filter(ROSTER, RosterQuery.all(TODAY).withText(text)));
    }

    private static RosterQuery query(Set<Long> orgs, MemberCategory category, PartyStatus status,
            Set<RosterFlag> flags, AgeBand band, boolean includeLeft) {
        return new RosterQuery(null, orgs, category, status, flags, band, TODAY, includeLeft);
    }

    // --- the search box ---

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "建国, 张建国",
            "张, 张建国",
            "芳, 李芳",
            "' 秀英 ', 王秀英",
            "zjg, 张建国",
            "zj, 张建国",
            "ZJG, 张建国",
            "jg, 张建国",
            "wxy, 王秀英",
            "zhangjian, 张建国",
            "zhangjianguo, 张建国",
            "zhang jian, 张建国",
            "lifang, 李芳",
            "002X, 李芳",
            "002x, 李芳",
            "０２Ｘ, 李芳",
            "2345, 张建国",
            "0000111, 李芳",
    })
    void text_findsByNamePinyinIdTailAndPhone(String text, String expected) {
        assertThat(search(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"赵", "zz", "gj", "9999X", "zhangjianguoa"})
    void text_thatMatchesNobody_findsNothing(String text) {
        assertThat(search(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankText_findsEveryCurrentMember(String text) {
        assertThat(search(text)).containsExactly("张建国", "李芳", "王秀英");
    }

    @Test
    void text_ofTwoDigits_matchesIdTailsButNotPhones() {
        // "78" ends 张建国's mobile, but a phone needs at least 3 digits to match
        assertThat(ZHANG.idNumber()).doesNotEndWith("78");
        assertThat(search("78")).doesNotContain("张建国");
        assertThat(search("678")).contains("张建国");
    }

    @Test
    void singleLetter_matchesOnlyTheStartOfTheInitials() {
        assertThat(search("z")).containsExactly("张建国");
        assertThat(search("j")).isEmpty(); // jg is inside zjg, but one letter is too little to search inside
    }

    // --- filters ---

    @Test
    void orgFilter_keepsTheGivenSubtree() {
        assertThat(names(RosterSearch.filter(ROSTER, query(Set.of(10L), null, null, Set.of(), null, false))))
                .containsExactly("张建国", "李芳");
        assertThat(names(RosterSearch.filter(ROSTER, query(Set.of(10L, 20L), null, null, Set.of(), null, false))))
                .containsExactly("张建国", "李芳", "王秀英");
        assertThat(RosterSearch.filter(ROSTER, query(Set.of(), null, null, Set.of(), null, false))).isEmpty();
    }

    @Test
    void categoryAndStatusFilters_keepMatchingMembers() {
        RosterEntry probationary = entry(4, "刘洋", TestStreet.idNumber("320502", LocalDate.of(2000, 2, 2), 5),
                null, 10, r -> {
                    r.category = MemberCategory.PROBATIONARY;
                    return r;
                });
        RosterEntry suspended = entry(5, "陈静", TestStreet.idNumber("320502", LocalDate.of(1970, 2, 2), 6),
                null, 10, r -> {
                    r.status = PartyStatus.SUSPENDED;
                    return r;
                });
        List<RosterEntry> all = List.of(ZHANG, probationary, suspended);
        assertThat(names(RosterSearch.filter(all, query(null, MemberCategory.PROBATIONARY, null, null, null, false))))
                .containsExactly("刘洋");
        assertThat(names(RosterSearch.filter(all, query(null, null, PartyStatus.SUSPENDED, null, null, false))))
                .containsExactly("陈静");
        assertThat(names(RosterSearch.filter(all, query(null, MemberCategory.FULL, PartyStatus.NORMAL, null, null,
                false)))).containsExactly("张建国");
    }

    @Test
    void flagFilters_keepMembersWithEveryChosenFlag() {
        List<RosterEntry> all = new ArrayList<>();
        for (RosterFlag flag : RosterFlag.values()) {
            all.add(entry(100 + flag.ordinal(), flag.name(), ZHANG_ID, null, 10, r -> {
                r.lost = flag == RosterFlag.LOST_CONTACT;
                r.floating = flag == RosterFlag.FLOATING;
                r.hardship = flag == RosterFlag.HARDSHIP;
                r.reported = flag == RosterFlag.IN_SERVICE_REPORTED;
                r.head = flag == RosterFlag.HOUSEHOLD_HEAD;
                return r;
            }));
        }
        RosterEntry both = entry(200, "BOTH", ZHANG_ID, null, 10, r -> {
            r.hardship = true;
            r.floating = true;
            return r;
        });
        all.add(both);
        for (RosterFlag flag : RosterFlag.values()) {
            List<String> found = names(RosterSearch.filter(all, query(null, null, null, Set.of(flag), null, false)));
            assertThat(found).as(flag.name()).contains(flag.name()).hasSize(
                    flag == RosterFlag.HARDSHIP || flag == RosterFlag.FLOATING ? 2 : 1);
        }
        assertThat(names(RosterSearch.filter(all, query(null, null, null,
                EnumSet.of(RosterFlag.HARDSHIP, RosterFlag.FLOATING), null, false)))).containsExactly("BOTH");
    }

    @ParameterizedTest(name = "born {0} is {1} on 2026-11-22")
    @CsvSource({
            "1996-11-22, UP_TO_30",       // 30 today
            "1995-11-23, UP_TO_30",       // 31 tomorrow
            "1995-11-22, FROM_31_TO_35",  // 31 today
            "1966-11-23, FROM_56_TO_60",  // 60 until tomorrow
            "1966-11-22, FROM_56_TO_60",  // 60 today
            "1965-11-23, FROM_56_TO_60",
            "1965-11-22, FROM_61",        // 61 today
    })
    void ageBandFilter_countsWholeYearsOnTheDay(LocalDate birth, AgeBand band) {
        RosterEntry e = born(9, birth);
        assertThat(RosterSearch.filter(List.of(e), query(null, null, null, null, band, false))).containsExactly(e);
        for (AgeBand other : AgeBand.values()) {
            if (other != band) {
                assertThat(RosterSearch.filter(List.of(e), query(null, null, null, null, other, false))).isEmpty();
            }
        }
    }

    @Test
    void departedMembers_areHiddenUnlessAskedFor() {
        RosterEntry departed = entry(6, "张三", TestStreet.idNumber("320502", LocalDate.of(1970, 2, 2), 7), null, 10,
                r -> {
                    r.state = RosterState.LEFT;
                    return r;
                });
        List<RosterEntry> all = List.of(ZHANG, departed);
        assertThat(names(RosterSearch.filter(all, RosterQuery.all(TODAY).withText("张")))).containsExactly("张建国");
        assertThat(names(RosterSearch.filter(all, query(null, null, null, null, null, true))))
                .containsExactly("张建国", "张三");
    }

    @Test
    void filters_andText_combine() {
        RosterQuery q = query(Set.of(10L), null, null, Set.of(), null, false).withText("z");
        assertThat(names(RosterSearch.filter(ROSTER, q))).containsExactly("张建国");
        assertThat(RosterSearch.predicate(q).test(WANG)).isFalse();
    }
}
