package org.dangjiandesk.logic.roster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;

/**
 * The rules a member record must meet before it is saved. The form shows the same problems live, so a clerk sees
 * them while typing; the service checks again before writing, so nothing invalid reaches the database.
 */
public final class MemberValidator {
    /** Minimum age at joining the Party (党章 Art. 1). */
    public static final int MIN_JOINING_AGE = 18;

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?");

    /** All problems of a member as of {@code today}; empty when it may be saved. */
    public List<FieldProblem> validate(Member m, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.name() == null || m.name().isBlank()) {
            problems.add(FieldProblem.of(MemberField.NAME, "validation.required"));
        } else if (m.name().strip().length() > 50) {
            problems.add(FieldProblem.of(MemberField.NAME, "validation.tooLong", 50));
        }
        checkIdentity(m, today, problems);
        if (m.category() == null) {
            problems.add(FieldProblem.of(MemberField.CATEGORY, "validation.required"));
        }
        if (m.orgId() == null) {
            problems.add(FieldProblem.of(MemberField.ORG, "validation.required"));
        }
        checkMembershipDates(m, today, problems);
        checkPhones(m, problems);
        if (m.lostContact() && m.lostContactSince() == null) {
            problems.add(FieldProblem.of(MemberField.LOST_CONTACT_SINCE, "validation.required"));
        }
        notInFuture(MemberField.LOST_CONTACT_SINCE, m.lostContactSince(), today, problems);
        if (m.floating() && (m.floatingDestination() == null || m.floatingDestination().isBlank())) {
            problems.add(FieldProblem.of(MemberField.FLOATING_DESTINATION, "validation.required"));
        }
        notInFuture(MemberField.WORK_STARTED_ON, m.workStartedOn(), today, problems);
        notInFuture(MemberField.REPORTED_ON, m.reportedOn(), today, problems);
        if (m.duesPaidUntil() != null && !m.duesPaidUntil().isBlank() && !isYearMonth(m.duesPaidUntil())) {
            problems.add(FieldProblem.of(MemberField.DUES_PAID_UNTIL, "validation.yearMonth"));
        }
        return problems;
    }

    /** The problem with a typed identity number, as a field problem, or empty. */
    public Optional<FieldProblem> checkIdNumber(String text, LocalDate today) {
        return IdNumber.problemOf(text, today)
                .map(p -> FieldProblem.of(MemberField.ID_NUMBER, "id.problem." + p.name()));
    }

    private void checkIdentity(Member m, LocalDate today, List<FieldProblem> problems) {
        Optional<FieldProblem> idProblem = checkIdNumber(m.idNumber(), today);
        if (idProblem.isPresent()) {
            problems.add(idProblem.get());
        }
        if (m.birthDate() == null) {
            problems.add(FieldProblem.of(MemberField.BIRTH_DATE, "validation.required"));
        }
        if (m.sex() == null) {
            problems.add(FieldProblem.of(MemberField.SEX, "validation.required"));
        }
        if (idProblem.isPresent()) {
            return; // birth date and sex can only be compared with a valid number
        }
        IdNumber id = IdNumber.parse(m.idNumber());
        if (m.birthDate() != null && !m.birthDate().equals(id.birthDate())) {
            problems.add(FieldProblem.of(MemberField.BIRTH_DATE, "validation.birthDateContradictsId", id.birthDate()));
        }
        if (m.sex() != null && m.sex() != id.sex()) {
            problems.add(FieldProblem.of(MemberField.SEX, "validation.sexContradictsId"));
        }
    }

    private void checkMembershipDates(Member m, LocalDate today, List<FieldProblem> problems) {
        if (m.joinedOn() == null) {
            problems.add(FieldProblem.of(MemberField.JOINED_ON, "validation.required"));
        } else {
            notInFuture(MemberField.JOINED_ON, m.joinedOn(), today, problems);
            if (m.birthDate() != null && m.birthDate().plusYears(MIN_JOINING_AGE).isAfter(m.joinedOn())) {
                problems.add(FieldProblem.of(MemberField.JOINED_ON, "validation.under18AtJoining"));
            }
        }
        if (m.category() == MemberCategory.PROBATIONARY && m.fullMemberOn() != null) {
            problems.add(FieldProblem.of(MemberField.FULL_MEMBER_ON, "validation.probationaryHasFullDate"));
        }
        if (m.category() == MemberCategory.FULL && m.fullMemberOn() == null) {
            problems.add(FieldProblem.of(MemberField.FULL_MEMBER_ON, "validation.required"));
        }
        if (m.fullMemberOn() != null) {
            notInFuture(MemberField.FULL_MEMBER_ON, m.fullMemberOn(), today, problems);
            if (m.joinedOn() != null && !m.fullMemberOn().isAfter(m.joinedOn())) {
                problems.add(FieldProblem.of(MemberField.FULL_MEMBER_ON, "validation.fullBeforeJoined"));
            }
        }
        if (m.workStartedOn() != null && m.birthDate() != null && m.workStartedOn().isBefore(m.birthDate())) {
            problems.add(FieldProblem.of(MemberField.WORK_STARTED_ON, "validation.beforeBirth"));
        }
    }

    private void checkPhones(Member m, List<FieldProblem> problems) {
        if (m.mobilePhone() != null && !m.mobilePhone().isBlank() && !MOBILE.matcher(m.mobilePhone()).matches()) {
            problems.add(FieldProblem.of(MemberField.MOBILE_PHONE, "validation.mobile"));
        }
        if (m.landlinePhone() != null && !m.landlinePhone().isBlank()
                && !LANDLINE.matcher(m.landlinePhone()).matches()) {
            problems.add(FieldProblem.of(MemberField.LANDLINE_PHONE, "validation.landline"));
        }
    }

    private static void notInFuture(MemberField field, LocalDate date, LocalDate today, List<FieldProblem> problems) {
        if (date != null && date.isAfter(today)) {
            problems.add(FieldProblem.of(field, "validation.inFuture"));
        }
    }

    private static boolean isYearMonth(String s) {
        try {
            YearMonth.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
