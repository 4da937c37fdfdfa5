package org.dangjiandesk.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjiandesk.logic.rating.StarDistribution;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.Test;

class RatingSamplerTest {

    @Test
    void theSampleStreet_comesWithTwoRatedQuarters_mostlyThreeAndFourStars() {
        try (TestServices ts = new TestServices()) {
            var s = ts.services();
            s.sample().generate(new SampleOptions(400, 7, TestServices.TODAY), SampleProgress.NONE, () -> false);
            // as of 2026-11-22 the last ended quarters are 2026Q2 and 2026Q3
            StarDistribution q3 = s.rating().overview().total(new Quarter(2026, 3));
            StarDistribution q2 = s.rating().overview().total(new Quarter(2026, 2));
            assertThat(q3.rated() + q3.notRated()).isEqualTo(400);
            assertThat(q2.rated() + q2.notRated()).isEqualTo(400);
            assertThat(s.rating().overview().total(new Quarter(2026, 1)).rated()).isZero();
            int middle = q3.count(StarLevel.THREE) + q3.count(StarLevel.FOUR);
            assertThat(middle).isGreaterThan(q3.rated() / 2);
            assertThat(s.rating().overview().byBranch(new Quarter(2026, 3))).isNotEmpty();
            assertThat(s.rating().schemes().list()).hasSize(1).allSatisfy(i -> assertThat(i.inUse()).isTrue());
        }
    }
}
