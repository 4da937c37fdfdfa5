package org.dangjiandesk.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.Test;

class SampleDeterminismTest {
    private static final LocalDate TODAY = TestServices.TODAY;

    @Test
    void sameSeedAndDate_giveTheSameStreet() {
        assertThat(roster(300, 7)).isEqualTo(roster(300, 7));
    }

    @Test
    void anotherSeed_givesOtherPeople() {
        List<String> a = roster(300, 7).stream().map(RosterEntry::idNumber).toList();
        List<String> b = roster(300, 8).stream().map(RosterEntry::idNumber).toList();
        assertThat(a).doesNotContainAnyElementsOf(b);
    }

    @Test
    void cancel_leavesTheDatabaseEmpty() {
        try (TestServices ts = new TestServices()) {
            assertThatThrownBy(() -> ts.services().sample().generate(new SampleOptions(1_200, 1, TODAY),
                    SampleProgress.NONE, () -> true))
                    .isInstanceOf(SampleCancelledException.class);
            assertThat(ts.services().setup().isEmpty()).isTrue();
            assertThat(ts.services().summary().summary().places()).isZero();
        }
    }

    @Test
    void demoStreet_hasFiveThousandMembers_byDefault() {
        assertThat(SampleOptions.demo(TODAY)).isEqualTo(new SampleOptions(5_000, 1921, TODAY));
    }

    private static List<RosterEntry> roster(int members, long seed) {
        try (TestServices ts = new TestServices()) {
            ts.services().sample().generate(new SampleOptions(members, seed, TODAY), SampleProgress.NONE, () -> false);
            return ts.services().roster().loadRoster();
        }
    }
}
