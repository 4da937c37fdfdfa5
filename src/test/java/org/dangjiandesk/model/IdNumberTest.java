package org.dangjiandesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** The first 17 digits with their correct check character. */
    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, 1949-12-31, FEMALE, 110105",
            "440524188001010014, 1880-01-01, MALE,   440524",
            "53010219200508011X, 1920-05-08, MALE,   530102",
    })
    void parse_ofThePublicExamples_givesBirthDateSexAndArea(String text, LocalDate birth, Sex sex, String area) {
        IdNumber id = IdNumber.parse(text);
        assertThat(id.value()).isEqualTo(text);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.areaCode()).isEqualTo(area);
        assertThat(IdNumber.problemOf(text, TODAY)).isEmpty();
        assertThat(IdNumber.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002x",                 // lower-case x
            "１１０１０５１９４９１２３１００２Ｘ", // full-width digits and X
            "１１０１０５１９４９１２３１００２ｘ", // full-width x
            " 110105 19491231 002X ",             // spaces around and inside
            "110105\u300019491231\t002X",         // ideographic space and tab
    })
    void parse_foldsCaseWidthAndSpaces(String typed) {
        assertThat(IdNumber.parse(typed).value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.isValid(typed)).isTrue();
    }

    @Test
    void parse_ofAnOld15DigitNumber_isRefusedAsOld() {
        assertThat(IdNumber.problemOf("110105491231002", TODAY)).contains(IdNumber.Problem.OLD_15_DIGITS);
        assertThatThrownBy(() -> IdNumber.parse("110105491231002"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdNumber.Problem.OLD_15_DIGITS));
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, BAD_CHECKSUM",   // X expected
            "440524188001010015, BAD_CHECKSUM",
            "1101051949123100,   WRONG_LENGTH",
            "11010519491231002XX, WRONG_LENGTH",
            "11010519491231002A, BAD_CHARACTERS",
            "1101051949123100X2, BAD_CHARACTERS", // X only last
            "11010A19491231002X, BAD_CHARACTERS",
            "11010518791231002X, BAD_BIRTH_DATE", // before 1880
            "11010519491331002X, BAD_BIRTH_DATE", // month 13
    })
    void problemOf_namesWhatIsWrong(String text, IdNumber.Problem problem) {
        assertThat(IdNumber.problemOf(text, TODAY)).contains(problem);
        assertThatThrownBy(() -> IdNumber.parse(text)).isInstanceOfSatisfying(InvalidIdNumberException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void problemOf_february30_isABadBirthDateEvenWithARightCheckCharacter() {
        String feb30 = withCheck("11010519900230002");
        assertThat(IdNumber.problemOf(feb30, TODAY)).contains(IdNumber.Problem.BAD_BIRTH_DATE);
    }

    @Test
    void problemOf_february29_isValidInALeapYearOnly() {
        assertThat(IdNumber.problemOf(withCheck("11010520000229002"), TODAY)).isEmpty();
        assertThat(IdNumber.problemOf(withCheck("11010519990229002"), TODAY)).contains(IdNumber.Problem.BAD_BIRTH_DATE);
    }

    @Test
    void problemOf_aBirthAfterToday_isInTheFuture() {
        assertThat(IdNumber.problemOf(withCheck("11010520261123002"), TODAY)).contains(IdNumber.Problem.BIRTH_IN_FUTURE);
        assertThat(IdNumber.problemOf(withCheck("11010520261122002"), TODAY)).isEmpty(); // born today
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void problemOf_nothingTyped_isEmpty(String text) {
        assertThat(IdNumber.problemOf(text, TODAY)).isEqualTo(Optional.of(IdNumber.Problem.EMPTY));
    }

    @ParameterizedTest
    @CsvSource({"0, FEMALE", "1, MALE", "2, FEMALE", "7, MALE", "8, FEMALE", "9, MALE"})
    void sex_comesFromThe17thDigit_oddIsMale(int digit17, Sex sex) {
        assertThat(IdNumber.parse(withCheck("1101051949123100" + digit17)).sex()).isEqualTo(sex);
    }

    @Test
    void masked_keepsTheFirstAndLastFourCharacters() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.masked()).isEqualTo("1101**********002X").hasSize(18);
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19491231");
    }

    @Test
    void checkCharacter_followsGb11643() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void equalNumbers_areEqualHoweverTyped() {
        assertThat(IdNumber.parse("11010519491231002x")).isEqualTo(IdNumber.parse("11010519491231002X"))
                .hasSameHashCodeAs(IdNumber.parse("11010519491231002X"));
    }

    @Test
    void invalidIdNumberException_neverCarriesTheNumber() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021"))
                .hasMessageNotContaining("110105194912310021");
    }
}
