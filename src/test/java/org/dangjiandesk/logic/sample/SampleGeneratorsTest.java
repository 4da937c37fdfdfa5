package org.dangjiandesk.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.Sex;
import org.junit.jupiter.api.Test;

class SampleGeneratorsTest {

    @Test
    void idNumbers_forOneBirthDay_areValidUniqueAndOfTheGivenSex() {
        IdNumberGenerator ids = new IdNumberGenerator();
        Dice dice = new Dice(1);
        LocalDate birth = LocalDate.of(1960, 2, 29);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            String id = ids.next(dice, birth, sex);
            IdNumber parsed = IdNumber.parse(id);
            assertThat(parsed.sex()).isEqualTo(sex);
            assertThat(parsed.birthDate()).isEqualTo(birth);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void phoneNumbers_avoidRunsAndRepeats() {
        assertThat(PhoneGenerator.looksChosen("13812345678")).isTrue();
        assertThat(PhoneGenerator.looksChosen("55558021")).isTrue();
        assertThat(PhoneGenerator.looksChosen("98761302")).isTrue();
        assertThat(PhoneGenerator.looksChosen("57208139")).isFalse();
        PhoneGenerator phones = new PhoneGenerator();
        Dice dice = new Dice(3);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String mobile = phones.mobile(dice);
            assertThat(mobile).matches("1[3-9]\\d{9}");
            assertThat(PhoneGenerator.looksChosen(mobile.substring(3))).isFalse();
            assertThat(seen.add(mobile)).isTrue();
        }
        assertThat(phones.landline(dice)).matches("0529-[5-8]\\d{7}");
    }

    @Test
    void names_areTwoToFourCharacters_andNeverAFamousPerson() {
        NameGenerator names = new NameGenerator();
        Dice dice = new Dice(5);
        for (int i = 0; i < 5_000; i++) {
            String name = names.next(dice, i % 3 == 0 ? Sex.FEMALE : Sex.MALE, 1930 + i % 80);
            assertThat(name.length()).isBetween(2, 4);
            assertThat(name).isNotIn("毛泽东", "邓小平", "雷锋", "姚明", "刘德华");
        }
    }

    @Test
    void split_givesExactlyTheTotal_inProportion() {
        int[] parts = StreetLayout.split(100, new double[] {1, 1, 2});
        assertThat(parts).containsExactly(25, 25, 50);
        assertThat(StreetLayout.split(7, new double[] {1, 1, 1})).containsExactly(3, 2, 2);
        assertThat(StreetLayout.split(10, new double[] {0, 1})).containsExactly(0, 10);
    }

    @Test
    void chineseNumerals_readAsInOrganisationNames() {
        assertThat(ChineseNumerals.of(1)).isEqualTo("一");
        assertThat(ChineseNumerals.of(10)).isEqualTo("十");
        assertThat(ChineseNumerals.of(12)).isEqualTo("十二");
        assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.of(35)).isEqualTo("三十五");
        assertThat(ChineseNumerals.of(105)).isEqualTo("一百零五");
        assertThat(ChineseNumerals.of(112)).isEqualTo("一百一十二");
    }
}
