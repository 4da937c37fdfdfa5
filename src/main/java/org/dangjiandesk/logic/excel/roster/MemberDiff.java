package org.dangjiandesk.logic.excel.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dangjiandesk.model.Member;

/**
 * Merges an imported member into the stored one, column by column, touching only the columns the file has, and
 * lists what differs. Columns the file lacks keep their stored values.
 */
final class MemberDiff {
    private MemberDiff() {
    }

    /** The stored member with the file's values of the mapped columns. */
    static Member merge(Member stored, Member imported, Set<RosterColumn> mapped) {
        Member.Builder b = stored.toBuilder();
        for (RosterColumn c : mapped) {
            switch (c) {
                case NAME -> b.name(imported.name());
                case SEX -> b.sex(imported.sex());
                case ETHNICITY -> b.ethnicityCode(imported.ethnicityCode());
                case BIRTH_DATE -> b.birthDate(imported.birthDate());
                case EDUCATION -> b.educationCode(imported.educationCode());
                case CATEGORY -> b.category(imported.category());
                case BRANCH -> b.orgId(imported.orgId());
                case JOINED_ON -> b.joinedOn(imported.joinedOn());
                case FULL_MEMBER_ON -> b.fullMemberOn(imported.fullMemberOn());
                case JOB_POST -> b.jobPostCode(imported.jobPostCode());
                case MOBILE_PHONE -> b.mobilePhone(imported.mobilePhone());
                case LANDLINE_PHONE -> b.landlinePhone(imported.landlinePhone());
                case HOME_ADDRESS -> b.homeAddress(imported.homeAddress());
                case PARTY_STATUS -> b.partyStatus(imported.partyStatus());
                case LOST_CONTACT -> b.lostContact(imported.lostContact());
                case LOST_CONTACT_SINCE -> b.lostContactSince(imported.lostContactSince());
                case FLOATING -> b.floating(imported.floating());
                case FLOATING_DESTINATION -> b.floatingDestination(imported.floatingDestination());
                case NATIVE_PLACE -> b.nativePlace(imported.nativePlace());
                case DEGREE -> b.degree(imported.degree());
                case PARTY_POST -> b.partyPost(imported.partyPost());
                case WORK_STARTED_ON -> b.workStartedOn(imported.workStartedOn());
                case ID_NUMBER -> { } // the key: equal by definition
            }
        }
        return b.build();
    }

    static List<MemberChange.FieldDiff> diff(Member before, Member after, Set<RosterColumn> mapped, RosterText text) {
        List<MemberChange.FieldDiff> diffs = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            if (!mapped.contains(c) || c == RosterColumn.ID_NUMBER) {
                continue;
            }
            Object x = valueOf(before, c);
            Object y = valueOf(after, c);
            if (!Objects.equals(x, y)) {
                diffs.add(new MemberChange.FieldDiff(c, text.of(before, c), text.of(after, c)));
            }
        }
        return diffs;
    }

    static Object valueOf(Member m, RosterColumn c) {
        return switch (c) {
            case NAME -> m.name();
            case SEX -> m.sex();
            case ETHNICITY -> m.ethnicityCode();
            case ID_NUMBER -> m.idNumber();
            case BIRTH_DATE -> m.birthDate();
            case EDUCATION -> m.educationCode();
            case CATEGORY -> m.category();
            case BRANCH -> m.orgId();
            case JOINED_ON -> m.joinedOn();
            case FULL_MEMBER_ON -> m.fullMemberOn();
            case JOB_POST -> m.jobPostCode();
            case MOBILE_PHONE -> m.mobilePhone();
            case LANDLINE_PHONE -> m.landlinePhone();
            case HOME_ADDRESS -> m.homeAddress();
            case PARTY_STATUS -> m.partyStatus();
            case LOST_CONTACT -> m.lostContact();
            case LOST_CONTACT_SINCE -> m.lostContactSince();
            case FLOATING -> m.floating();
            case FLOATING_DESTINATION -> m.floatingDestination();
            case NATIVE_PLACE -> m.nativePlace();
            case DEGREE -> m.degree();
            case PARTY_POST -> m.partyPost();
            case WORK_STARTED_ON -> m.workStartedOn();
        };
    }
}
