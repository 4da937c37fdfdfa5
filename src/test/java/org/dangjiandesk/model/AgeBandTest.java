package org.dangjiandesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({
            "0, UP_TO_30", "18, UP_TO_30", "30, UP_TO_30",
            "31, FROM_31_TO_35", "35, FROM_31_TO_35",
            "36, FROM_36_TO_40", "40, FROM_36_TO_40",
            "41, FROM_41_TO_45", "45, FROM_41_TO_45",
            "46, FROM_46_TO_50", "50, FROM_46_TO_50",
            "51, FROM_51_TO_55", "55, FROM_51_TO_55",
            "56, FROM_56_TO_60", "60, FROM_56_TO_60",
            "61, FROM_61", "105, FROM_61",
    })
    void of_putsEachAgeInTheBandOfTheNationalStatistics(int age, AgeBand band) {
        assertThat(AgeBand.of(age)).isEqualTo(band);
    }

    @Test
    void bands_followEachOtherWithoutGapsOrOverlaps() {
        AgeBand[] bands = AgeBand.values();
        assertThat(bands[0].min()).isZero();
        for (int i = 1; i < bands.length; i++) {
            assertThat(bands[i].min()).isEqualTo(bands[i - 1].max() + 1);
        }
        assertThat(bands[bands.length - 1].max()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void of_eachBandsOwnLimits_givesThatBand() {
        for (AgeBand band : AgeBand.values()) {
            assertThat(AgeBand.of(band.min())).isEqualTo(band);
            assertThat(AgeBand.of(band.max())).isEqualTo(band);
        }
    }
}
