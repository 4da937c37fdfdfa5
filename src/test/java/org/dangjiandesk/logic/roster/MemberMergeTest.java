package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;

class MemberMergeTest {
    private final Member loaded = TestStreet.member("张建国", TestStreet.idNumber("110105", LocalDate.of(1960, 3, 1), 11),
            1L, MemberCategory.FULL, LocalDate.of(1985, 7, 1)).toBuilder().id(7L).version(3).build();

    @Test
    void differences_listOnlyFieldsThatDiffer_andProposeMineWhereIChangedIt() {
        Member theirs = loaded.toBuilder().version(4).mobilePhone("13800000001").homeAddress("另一处").build();
        Member mine = loaded.toBuilder().homeAddress("阳光路 1 号").build();

        assertThat(MemberMerge.differences(loaded, mine, theirs))
                .extracting(MemberMerge.Difference::field, MemberMerge.Difference::iChanged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mobilePhone", false),
                        org.assertj.core.groups.Tuple.tuple("homeAddress", true));
    }

    @Test
    void merge_keepsTheirRecordAndVersion_withTheChosenFieldsOfMine() {
        Member theirs = loaded.toBuilder().version(4).mobilePhone("13800000001").homeAddress("另一处").build();
        Member mine = loaded.toBuilder().homeAddress("阳光路 1 号").landlinePhone("010-1234").build();

        Member merged = MemberMerge.merge(theirs, mine, Set.of("homeAddress", "version", "id"));

        assertThat(merged.version()).isEqualTo(4);
        assertThat(merged.id()).isEqualTo(7L);
        assertThat(merged.homeAddress()).isEqualTo("阳光路 1 号");
        assertThat(merged.mobilePhone()).isEqualTo("13800000001");
        assertThat(merged.landlinePhone()).isNull(); // not chosen: theirs
    }
}
