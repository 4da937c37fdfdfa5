package org.dangjiandesk.logic.stats;

import static org.dangjiandesk.testutil.TestStreet.idNumber;

import java.time.LocalDate;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.testutil.TestStreet;

/**
 * A hand-made street for the statistics with known answers for 2026Q3 (opening 2026-06-30, closing 2026-09-30):
 * two communities, 12 members placed on the age-band and joining-period edges, and the period's events — one
 * 发展 (m7), one move from 阳光 to 明月 (m6), one 停止党籍 (m9), one 死亡 (m8) — plus events after the period that
 * must not count in it (m10 转出 on 10-10, m11 外出流动 on 10-05). m12 has no 学历 and no 工作岗位.
 * <pre>
 *            opening  +发展 +调入  −调出 −停止 −死亡  closing
 * 阳光社区       6      1     0     1     1     0      5
 * 明月社区       5      0     1     0     0     1      5
 * 合计          11      1     1     1     1     1     10
 * </pre>
 */
public final class StatsStreet {
    public final OrgUnit street;
    public final OrgUnit sunshine;
    public final OrgUnit sunshineBranch;
    public final OrgUnit moon;
    public final OrgUnit moonBranch;
    public final Place moonGrid;
    public final Member m1;
    public final Member m2;
    public final Member m3;
    public final Member m4;
    public final Member m5;
    public final Member m6;
    public final Member m7;
    public final Member m8;
    public final Member m9;
    public final Member m10;
    public final Member m11;
    public final Member m12;

    public StatsStreet(Services s) {
        street = s.setup().createEmptyStreet("幸福街道", "320500000001");
        sunshine = s.orgs().add(OrgUnit.create(street.id(), OrgType.COMMITTEE, "中共阳光社区委员会"));
        sunshineBranch = s.orgs().add(OrgUnit.create(sunshine.id(), OrgType.BRANCH, "阳光社区第一党支部"));
        s.orgs().add(OrgUnit.create(sunshineBranch.id(), OrgType.GROUP, "阳光社区第一党小组"));
        moon = s.orgs().add(OrgUnit.create(street.id(), OrgType.COMMITTEE, "中共明月社区委员会"));
        moonGrid = s.orgs().places().add(moon.id(), null, PlaceKind.GRID, "明月第一网格");
        Place compound = s.orgs().places().add(moon.id(), moonGrid.id(), PlaceKind.COMPOUND, "明月小区");
        moonBranch = s.orgs().add(OrgUnit.create(moon.id(), OrgType.BRANCH, "明月小区党支部")
                .withPlace(compound.id()));
        long a = sunshineBranch.id();
        long b = moonBranch.id();
        m1 = add(s, "林一", LocalDate.of(1996, 9, 30), 2, a, LocalDate.of(2015, 1, 1), "21", "12", "01");
        m2 = add(s, "林二", LocalDate.of(1995, 9, 30), 1, a, LocalDate.of(2016, 5, 1), "61", "33", "01");
        m3 = add(s, "林三", LocalDate.of(1995, 10, 1), 3, b, LocalDate.of(2014, 6, 1), "31", "82", "03");
        m4 = add(s, "林四", LocalDate.of(1925, 5, 1), 5, b, LocalDate.of(1949, 9, 30), "71", "72", "01");
        m5 = add(s, "林五", LocalDate.of(1950, 3, 3), 6, b, LocalDate.of(1978, 12, 31), "21", "72", "01");
        m6 = add(s, "林六", LocalDate.of(1955, 1, 1), 7, a, LocalDate.of(1979, 1, 1), "21", "01", "01");
        m7 = s.roster().create(TestStreet.member("林七", idNumber("320502", LocalDate.of(2000, 2, 2), 8), a,
                        MemberCategory.PROBATIONARY, LocalDate.of(2026, 8, 1)).toBuilder().jobPostCode("62").build(),
                EventType.REGISTERED, null);
        m8 = add(s, "林八", LocalDate.of(1960, 6, 6), 9, b, LocalDate.of(1985, 1, 1), "21", "72", "01");
        m9 = add(s, "林九", LocalDate.of(1970, 7, 7), 11, a, LocalDate.of(1995, 1, 1), "21", "72", "01");
        m10 = add(s, "林十", LocalDate.of(1980, 1, 1), 13, a, LocalDate.of(2012, 10, 31), "21", "72", "01");
        m11 = add(s, "林十一", LocalDate.of(1985, 5, 5), 10, b, LocalDate.of(2012, 11, 1), "21", "72", "01");
        m12 = add(s, "林十二", LocalDate.of(1975, 3, 3), 15, a, LocalDate.of(2000, 1, 1), null, null, "01");

        event(s, m11, EventType.LOST_CONTACT, LocalDate.of(2026, 5, 1), null, null);
        event(s, m9, EventType.SUSPENDED, LocalDate.of(2026, 7, 20), "街党字〔2026〕9号", null);
        event(s, m6, EventType.MOVED, LocalDate.of(2026, 8, 15), null, b);
        event(s, m8, EventType.DIED, LocalDate.of(2026, 9, 10), null, null);
        event(s, m11, EventType.FLOATING_OUT, LocalDate.of(2026, 10, 5), null, null);
        event(s, m10, EventType.TRANSFERRED_OUT, LocalDate.of(2026, 10, 10), "转字001", null);
    }

    private static Member add(Services s, String name, LocalDate birth, int seq, long org, LocalDate joined,
                              String education, String jobPost, String ethnicity) {
        Member m = TestStreet.member(name, idNumber("320502", birth, seq), org, MemberCategory.FULL, joined)
                .toBuilder().educationCode(education).jobPostCode(jobPost).ethnicityCode(ethnicity).build();
        return s.roster().create(m, EventType.REGISTERED, null);
    }

    public static void event(Services s, Member m, EventType type, LocalDate on, String docNo, Long toOrg) {
        MemberEvent e = new MemberEvent(null, m.id(), type, on, "测试", docNo, null, toOrg,
                type == EventType.FLOATING_OUT ? "广东省深圳市" : type == EventType.TRANSFERRED_OUT ? "外区" : null,
                null, null, null);
        s.roster().recordEvent(e);
    }
}
