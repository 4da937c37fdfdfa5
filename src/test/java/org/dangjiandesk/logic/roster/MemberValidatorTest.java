package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjiandesk.testutil.TestStreet.idNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate BIRTH = LocalDate.of(1980, 5, 17);
    private static final String ID = idNumber("320502", BIRTH, 11); // a man

    private final MemberValidator validator = new MemberValidator();

    /** A valid full member born 1980-05-17, joined 2005-07-01, full member 2006-07-01. */
    private static Member valid() {
        return TestStreet.member("张建国", ID, 7L, MemberCategory.FULL, LocalDate.of(2005, 7, 1));
    }

    private List<FieldProblem> problemsOf(UnaryOperator<Member.Builder> change) {
        return validator.validate(change.apply(valid().toBuilder()).build(), TODAY);
    }

    private static FieldProblem problem(MemberField field, String key) {
        return FieldProblem.of(field, key);
    }

    @Test
    void validMember_hasNoProblems() {
        assertThat(validator.validate(valid(), TODAY)).isEmpty();
    }

    @Test
    void validProbationaryMember_hasNoProblems() {
        Member m = TestStreet.member("李芳", ID, 7L, MemberCategory.PROBATIONARY, LocalDate.of(2026, 3, 1));
        assertThat(validator.validate(m, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void name_isRequired(String name) {
        assertThat(problemsOf(b -> b.name(name))).containsExactly(problem(MemberField.NAME, "validation.required"));
    }

    @Test
    void name_ofMoreThan50Characters_isTooLong() {
        assertThat(problemsOf(b -> b.name("阿".repeat(50)))).isEmpty();
        assertThat(problemsOf(b -> b.name("阿".repeat(51))))
                .containsExactly(FieldProblem.of(MemberField.NAME, "validation.tooLong", 50));
    }

    @Test
    void requiredFields_areEachReported() {
        assertThat(problemsOf(b -> b.category(null).orgId(null).joinedOn(null).sex(null).birthDate(null)
                .fullMemberOn(null)))
                .containsExactlyInAnyOrder(
                        problem(MemberField.CATEGORY, "validation.required"),
                        problem(MemberField.ORG, "validation.required"),
                        problem(MemberField.JOINED_ON, "validation.required"),
                        problem(MemberField.SEX, "validation.required"),
                        problem(MemberField.BIRTH_DATE, "validation.required"));
    }

    @Test
    void idNumber_problemsUseTheIdProblemKeys() {
        assertThat(problemsOf(b -> b.idNumber(null)))
                .containsExactly(problem(MemberField.ID_NUMBER, "id.problem.EMPTY"));
        assertThat(problemsOf(b -> b.idNumber("110105491231002")))
                .containsExactly(problem(MemberField.ID_NUMBER, "id.problem.OLD_15_DIGITS"));
        assertThat(problemsOf(b -> b.idNumber(ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0'))))
                .containsExactly(problem(MemberField.ID_NUMBER, "id.problem.BAD_CHECKSUM"));
    }

    @Test
    void idNumber_withABirthAfterToday_isRefused() {
        String future = idNumber("320502", TODAY.plusDays(1), 11);
        assertThat(problemsOf(b -> b.idNumber(future).birthDate(TODAY.plusDays(1))))
                .contains(problem(MemberField.ID_NUMBER, "id.problem.BIRTH_IN_FUTURE"));
    }

    @Test
    void idNumber_typedInLowerCaseOrWithSpaces_isAccepted() {
        String withX = idNumber("110105", LocalDate.of(1949, 12, 31), 2);
        assertThat(withX).endsWith("X");
        assertThat(problemsOf(b -> b.idNumber(" " + withX.toLowerCase() + " ").sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1949, 12, 31)).joinedOn(LocalDate.of(1970, 1, 1))
                .fullMemberOn(LocalDate.of(1971, 1, 1)))).isEmpty();
    }

    @Test
    void birthDate_contradictingTheIdNumber_isReportedWithTheIdsDate() {
        assertThat(problemsOf(b -> b.birthDate(BIRTH.plusDays(1))))
                .containsExactly(FieldProblem.of(MemberField.BIRTH_DATE, "validation.birthDateContradictsId", BIRTH));
    }

    @Test
    void sex_contradictingTheIdNumber_isReported() {
        assertThat(problemsOf(b -> b.sex(Sex.FEMALE)))
                .containsExactly(problem(MemberField.SEX, "validation.sexContradictsId"));
    }

    @Test
    void birthDateAndSex_areNotComparedWithAnInvalidIdNumber() {
        assertThat(problemsOf(b -> b.idNumber("123").sex(Sex.FEMALE).birthDate(BIRTH.plusDays(1))))
                .containsExactly(problem(MemberField.ID_NUMBER, "id.problem.WRONG_LENGTH"));
    }

    @Test
    void joining_onThe18thBirthday_isAllowed() {
        LocalDate eighteen = BIRTH.plusYears(18);
        assertThat(problemsOf(b -> b.joinedOn(eighteen).fullMemberOn(eighteen.plusYears(1)))).isEmpty();
    }

    @Test
    void joining_theDayBeforeThe18thBirthday_isUnder18() {
        LocalDate dayBefore = BIRTH.plusYears(18).minusDays(1);
        assertThat(problemsOf(b -> b.joinedOn(dayBefore).fullMemberOn(dayBefore.plusYears(1))))
                .containsExactly(problem(MemberField.JOINED_ON, "validation.under18AtJoining"));
    }

    @Test
    void joining_inTheFuture_isRefused() {
        assertThat(problemsOf(b -> b.category(MemberCategory.PROBATIONARY).fullMemberOn(null)
                .joinedOn(TODAY.plusDays(1))))
                .containsExactly(problem(MemberField.JOINED_ON, "validation.inFuture"));
        assertThat(problemsOf(b -> b.category(MemberCategory.PROBATIONARY).fullMemberOn(null).joinedOn(TODAY)))
                .isEmpty();
    }

    @Test
    void probationaryMember_withAFullMemberDate_isRefused() {
        assertThat(problemsOf(b -> b.category(MemberCategory.PROBATIONARY)))
                .containsExactly(problem(MemberField.FULL_MEMBER_ON, "validation.probationaryHasFullDate"));
    }

    @Test
    void fullMember_needsAFullMemberDate() {
        assertThat(problemsOf(b -> b.fullMemberOn(null)))
                .containsExactly(problem(MemberField.FULL_MEMBER_ON, "validation.required"));
    }

    @Test
    void fullMemberDate_onOrBeforeJoining_isRefused() {
        LocalDate joined = valid().joinedOn();
        assertThat(problemsOf(b -> b.fullMemberOn(joined)))
                .containsExactly(problem(MemberField.FULL_MEMBER_ON, "validation.fullBeforeJoined"));
        assertThat(problemsOf(b -> b.fullMemberOn(joined.minusDays(1))))
                .containsExactly(problem(MemberField.FULL_MEMBER_ON, "validation.fullBeforeJoined"));
        assertThat(problemsOf(b -> b.fullMemberOn(joined.plusDays(1)))).isEmpty();
    }

    @Test
    void fullMemberDate_inTheFuture_isRefused() {
        assertThat(problemsOf(b -> b.fullMemberOn(TODAY.plusDays(1))))
                .containsExactly(problem(MemberField.FULL_MEMBER_ON, "validation.inFuture"));
    }

    @Test
    void otherDates_inTheFuture_areRefused() {
        assertThat(problemsOf(b -> b.workStartedOn(TODAY.plusDays(1)).reportedOn(TODAY.plusDays(1))
                .lostContact(true).lostContactSince(TODAY.plusDays(1))))
                .containsExactlyInAnyOrder(
                        problem(MemberField.WORK_STARTED_ON, "validation.inFuture"),
                        problem(MemberField.REPORTED_ON, "validation.inFuture"),
                        problem(MemberField.LOST_CONTACT_SINCE, "validation.inFuture"));
        assertThat(problemsOf(b -> b.workStartedOn(TODAY).reportedOn(TODAY).lostContact(true)
                .lostContactSince(TODAY))).isEmpty();
    }

    @Test
    void workStarted_beforeBirth_isRefused() {
        assertThat(problemsOf(b -> b.workStartedOn(BIRTH.minusDays(1))))
                .containsExactly(problem(MemberField.WORK_STARTED_ON, "validation.beforeBirth"));
    }

    @Test
    void lostContact_needsTheDateSince() {
        assertThat(problemsOf(b -> b.lostContact(true)))
                .containsExactly(problem(MemberField.LOST_CONTACT_SINCE, "validation.required"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void floating_needsADestination(String destination) {
        assertThat(problemsOf(b -> b.floating(true).floatingDestination(destination)))
                .containsExactly(problem(MemberField.FLOATING_DESTINATION, "validation.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13912345678", "19900001111", "16612345678"})
    void mobile_ofElevenDigitsStartingWith13To19_isAccepted(String mobile) {
        assertThat(problemsOf(b -> b.mobilePhone(mobile))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12912345678", "1391234567", "139123456789", "0512-6512345", "139-1234-5678", "abc"})
    void mobile_inAnotherFormat_isRefused(String mobile) {
        assertThat(problemsOf(b -> b.mobilePhone(mobile)))
                .containsExactly(problem(MemberField.MOBILE_PHONE, "validation.mobile"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0512-12345678", "010-1234567", "01012345678", "12345678", "0512-12345678-8001"})
    void landline_withOrWithoutAreaCodeAndExtension_isAccepted(String landline) {
        assertThat(problemsOf(b -> b.landlinePhone(landline))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "512-12345678", "0512-123", "电话", "0512 1234 5678"})
    void landline_inAnotherFormat_isRefused(String landline) {
        assertThat(problemsOf(b -> b.landlinePhone(landline)))
                .containsExactly(problem(MemberField.LANDLINE_PHONE, "validation.landline"));
    }

    @Test
    void phones_mayBeLeftEmpty() {
        assertThat(problemsOf(b -> b.mobilePhone(null).landlinePhone(""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06", "1999-12"})
    void duesPaidUntil_asYearDashMonth_isAccepted(String dues) {
        assertThat(problemsOf(b -> b.duesPaidUntil(dues))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026/06", "202606", "2026-6", "2026-06-01", "六月"})
    void duesPaidUntil_inAnotherFormat_isRefused(String dues) {
        assertThat(problemsOf(b -> b.duesPaidUntil(dues)))
                .containsExactly(problem(MemberField.DUES_PAID_UNTIL, "validation.yearMonth"));
    }

    @Test
    void checkIdNumber_reportsTheProblemOfATypedNumber() {
        assertThat(validator.checkIdNumber("11010519491231002x", TODAY)).isEmpty();
        assertThat(validator.checkIdNumber("110105194912310021", TODAY))
                .contains(problem(MemberField.ID_NUMBER, "id.problem.BAD_CHECKSUM"));
    }
}
