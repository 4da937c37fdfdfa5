package org.dangjiandesk.testutil;

import java.time.LocalDate;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Sex;

/**
 * A small street for tests: 幸福街道党工委 → 阳光社区党委 → 第一党支部 and 第二党支部, with a few members whose names
 * exercise pinyin search (张建国 = zjg).
 */
public final class TestStreet {
    public final OrgUnit street;
    public final OrgUnit community;
    public final OrgUnit branch1;
    public final OrgUnit branch2;
    public final Member zhangJianguo;
    public final Member liFang;
    public final Member wangXiuying;

    private TestStreet(Services s) {
        street = s.setup().createEmptyStreet("幸福街道", "320500000001");
        community = s.orgs().add(OrgUnit.create(street.id(), OrgType.COMMITTEE, "中共阳光社区委员会"));
        branch1 = s.orgs().add(OrgUnit.create(community.id(), OrgType.BRANCH, "阳光社区第一党支部"));
        branch2 = s.orgs().add(OrgUnit.create(community.id(), OrgType.BRANCH, "阳光社区第二党支部"));
        zhangJianguo = s.roster().create(member("张建国", idNumber("320502", LocalDate.of(1965, 3, 12), 1),
                branch1.id(), MemberCategory.FULL, LocalDate.of(1990, 7, 1)), EventType.REGISTERED, null);
        liFang = s.roster().create(member("李芳", idNumber("320502", LocalDate.of(1988, 9, 2), 2),
                branch1.id(), MemberCategory.FULL, LocalDate.of(2012, 6, 30)), EventType.REGISTERED, null);
        wangXiuying = s.roster().create(member("王秀英", idNumber("320503", LocalDate.of(1999, 1, 20), 4),
                branch2.id(), MemberCategory.PROBATIONARY, LocalDate.of(2026, 3, 1)), EventType.REGISTERED, null);
    }

    public static TestStreet create(Services s) {
        return new TestStreet(s);
    }

    /** A valid member; sex and birth date taken from the ID number. */
    public static Member member(String name, String id, long orgId, MemberCategory category, LocalDate joined) {
        IdNumber n = IdNumber.parse(id);
        return Member.builder().name(name).sex(n.sex()).idNumber(id).birthDate(n.birthDate()).ethnicityCode("01")
                .educationCode("21").category(category).orgId(orgId).joinedOn(joined)
                .fullMemberOn(category == MemberCategory.FULL ? joined.plusYears(1) : null)
                .jobPostCode("72").mobilePhone("13912345678").build();
    }

    /** A valid 18-character number; an odd {@code sequence} is a man, an even one a woman. */
    public static String idNumber(String area, LocalDate birth, int sequence) {
        String first17 = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static Sex sexOf(String id) {
        return IdNumber.parse(id).sex();
    }
}
