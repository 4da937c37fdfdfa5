package org.dangjiandesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.NameKeys;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberRepositoryTest {
    private TestServices ts;
    private TestStreet street;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void findById_returnsTheSavedFields() {
        Member loaded = ts.database().read(r -> r.members().findById(street.zhangJianguo.id())).orElseThrow();
        assertThat(loaded).isEqualTo(street.zhangJianguo);
        assertThat(loaded.name()).isEqualTo("张建国");
    }

    @Test
    void rosterEntries_areOrderedByTheStoredSortKey() {
        java.util.List<org.dangjiandesk.model.RosterEntry> entries = ts.database().read(r -> r.members().rosterEntries());
        assertThat(entries).extracting(e -> e.nameKeys().strokeSortKey()).isSorted();
        assertThat(entries).first().extracting(e -> e.name()).isEqualTo("王秀英"); // 王 has 4 strokes, 李 and 张 7
    }

    @Test
    void rosterEntries_sortedInJava_comeInTheOrderTheDatabaseSortsThem() {
        java.util.List<Long> sortedHere = ts.database().read(r -> r.members().rosterEntries()).stream()
                .filter(e -> e.rosterState() == org.dangjiandesk.model.RosterState.CURRENT)
                .map(org.dangjiandesk.model.RosterEntry::id).toList();
        java.util.List<Long> sortedByDatabase = ts.database().read(r -> r.members().firstRosterEntries(1_000))
                .stream().map(org.dangjiandesk.model.RosterEntry::id).toList();
        assertThat(sortedHere).isNotEmpty().isEqualTo(sortedByDatabase);
    }

    @Test
    void update_withAnOldVersion_isRefusedAsStale() {
        Member m = street.liFang;
        NameKeys keys = new NameKeys("lf", "lifang", "x");
        ts.database().write(r -> r.members().update(m.toBuilder().homeAddress("一号楼").build(), keys));
        assertThatThrownBy(() -> ts.database().write(r -> r.members().update(m, keys)))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.STALE_DATA);
    }

    @Test
    void write_thatThrows_leavesNothingBehind() {
        int before = ts.database().read(r -> r.members().counts().current());
        assertThatThrownBy(() -> ts.database().writeVoid(r -> {
            r.members().insert(TestStreet.member("赵六", TestStreet.idNumber("320502", java.time.LocalDate.of(1970, 1, 1), 3),
                    street.branch1.id(), org.dangjiandesk.model.MemberCategory.FULL,
                    java.time.LocalDate.of(1995, 1, 1)), new NameKeys("zl", "zhaoliu", "y"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        int after = ts.database().read(r -> r.members().counts().current());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void insertAll_returnsTheNewIdsInTheOrderGiven() {
        List<Member> batch = List.of(
                TestStreet.member("周一", TestStreet.idNumber("320502", LocalDate.of(1971, 2, 3), 5),
                        street.branch1.id(), MemberCategory.FULL, LocalDate.of(1995, 1, 1)),
                TestStreet.member("吴二", TestStreet.idNumber("320502", LocalDate.of(1972, 3, 4), 6),
                        street.branch2.id(), MemberCategory.FULL, LocalDate.of(1996, 1, 1)));
        List<NameKeys> keys = List.of(new NameKeys("zy", "zhouyi", "a"), new NameKeys("we", "wuer", "b"));
        List<Long> ids = ts.database().write(r -> r.members().insertAll(batch, keys));
        assertThat(ids).hasSize(2).doesNotContainNull();
        Member second = ts.database().read(r -> r.members().findById(ids.get(1))).orElseThrow();
        assertThat(second.name()).isEqualTo("吴二");
        assertThat(second.toBuilder().id(null).build()).isEqualTo(batch.get(1));
    }

    @Test
    void insertAll_withAnIdNumberAlreadyOnTheRoster_isRefusedAsDuplicate() {
        Member copy = street.liFang.toBuilder().id(null).name("李芳芳").build();
        assertThatThrownBy(() -> ts.database().write(r -> r.members().insertAll(List.of(copy),
                List.of(new NameKeys("lff", "lifangfang", "c")))))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.DUPLICATE_ID_NUMBER);
    }
}
