package org.dangjiandesk.logic.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.training.SessionDays;
import org.dangjiandesk.model.Attendance;
import org.dangjiandesk.model.AttendanceStatus;
import org.dangjiandesk.model.MemberHours;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingDay;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;
import org.dangjiandesk.store.Repositories;

/**
 * Fictitious training records for the sample street, from 1 January of the reference year to the reference date:
 * one session per 50 members (2,000 at 100,000), most of them branch 主题党日 and 党课 for the branch's members,
 * some community classes and forums for a few hundred members of the community, a few street-level 书记培训班 and
 * 红色研学 (several days; one across New Year). Most members are present, some absent or excused.
 */
final class TrainingSampler {
    private static final String[] THEMES = {"学习贯彻党的二十大精神", "重温入党誓词", "学党章守党规", "红色家风传承",
        "垃圾分类我先行", "文明城市共创建", "邻里守望互助", "安全生产大排查", "为民办实事", "传承红色基因"};
    private static final String[] LECTURERS = {"街道党工委书记", "区委党校讲师", "社区党委书记", "老党员宣讲团",
        "党支部书记", "街道组织委员"};

    private final Repositories repos;
    private final SampleOptions options;
    private final Dice dice;

    TrainingSampler(Repositories repos, SampleOptions options) {
        this.repos = repos;
        this.options = options;
        this.dice = new Dice(options.seed() * 31 + 5);
    }

    void fill() {
        OrgTree tree = new OrgTree(repos.orgs().findAll());
        List<MemberHours> members = repos.training().currentMembers(null);
        if (tree.roots().isEmpty() || members.isEmpty()) {
            return;
        }
        Map<Long, List<MemberHours>> byOrg = new HashMap<>();
        for (MemberHours m : members) {
            byOrg.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m);
        }
        OrgUnit street = tree.roots().get(0);
        List<OrgUnit> branches = new ArrayList<>();
        List<OrgUnit> communities = new ArrayList<>();
        for (OrgUnit o : tree.all()) {
            if (!o.isActive()) {
                continue;
            }
            if (o.type().isBranchLike()) {
                branches.add(o);
            } else if (o.type() == OrgType.COMMITTEE || o.type() == OrgType.GENERAL_BRANCH) {
                communities.add(o);
            }
        }
        branches.sort(java.util.Comparator.comparingLong(OrgUnit::id));
        communities.sort(java.util.Comparator.comparingLong(OrgUnit::id));
        List<MemberHours> leaders = members.stream().filter(m -> m.partyPost() != null
                && (m.partyPost().contains("书记") || m.partyPost().contains("委员"))).toList();

        int total = Math.max(12, options.members() / 50);
        LocalDate end = options.referenceDate();
        LocalDate start = LocalDate.of(end.getYear(), 1, 1);
        List<TrainingSession> sessions = new ArrayList<>(total);
        List<List<MemberHours>> audiences = new ArrayList<>(total);
        // a street class across New Year: its days count in both years
        sessions.add(session("书记培训班（跨年专题）", TrainingType.SECRETARY_CLASS, street.id(), TrainingAudience.COMMITTEE_MEMBERS,
                "街道党校", start.minusDays(2), start.plusDays(1)));
        audiences.add(sample(leaders, 150));
        for (int i = 1; i < total; i++) {
            LocalDate day = dice.dayBetween(start.plusDays(2), end.minusDays(1)); // the range may be empty early in January
            double roll = dice.between(0.0, 1.0);
            if (roll < 0.70 && !branches.isEmpty()) {
                OrgUnit b = dice.pick(branches);
                boolean lecture = dice.chance(0.35);
                String title = lecture ? "微党课：" + dice.pick(List.of(THEMES))
                        : day.getMonthValue() + "月主题党日：" + dice.pick(List.of(THEMES));
                sessions.add(session(title, lecture ? TrainingType.PARTY_LECTURE : TrainingType.THEME_DAY, b.id(),
                        TrainingAudience.ALL_MEMBERS, b.displayName() + "活动室", day, day));
                List<MemberHours> pool = new ArrayList<>();
                for (long id : tree.subtreeIds(b.id())) {
                    pool.addAll(byOrg.getOrDefault(id, List.of()));
                }
                audiences.add(sample(pool, (int) Math.round(pool.size() * dice.between(0.7, 0.95))));
            } else if (roll < 0.95 && !communities.isEmpty()) {
                OrgUnit c = dice.pick(communities);
                TrainingType type = dice.pick(List.of(TrainingType.LEADER_FORUM, TrainingType.MODEL_CLASS,
                        TrainingType.PARTY_LECTURE, TrainingType.ONLINE_COURSE));
                LocalDate last = type == TrainingType.MODEL_CLASS ? day.plusDays(dice.between(0, 2)) : day;
                sessions.add(session(c.displayName() + label(type) + "：" + dice.pick(List.of(THEMES)), type, c.id(),
                        TrainingAudience.ALL_MEMBERS, c.displayName() + "党群服务中心", day, notAfter(last, end, day)));
                List<MemberHours> pool = new ArrayList<>();
                for (long id : tree.subtreeIds(c.id())) {
                    pool.addAll(byOrg.getOrDefault(id, List.of()));
                }
                audiences.add(sample(pool, dice.between(150, 400)));
            } else {
                boolean red = dice.chance(0.5);
                LocalDate last = notAfter(day.plusDays(red ? dice.between(0, 1) : dice.between(2, 4)), end, day);
                sessions.add(session(red ? "红色研学：走进岚州革命历史纪念馆" : "社区党组织书记培训班", red
                        ? TrainingType.RED_STUDY : TrainingType.SECRETARY_CLASS, street.id(),
                        red ? TrainingAudience.ALL_MEMBERS : TrainingAudience.SECRETARIES,
                        red ? "岚州革命历史纪念馆" : "街道党校", day, last));
                audiences.add(red ? sample(members, dice.between(100, 300)) : sample(leaders, dice.between(60, 200)));
            }
        }
        List<TrainingSession> saved = repos.training().insertAll(sessions);
        List<Attendance> rows = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            long sessionId = saved.get(i).id();
            for (MemberHours m : audiences.get(i)) {
                double p = dice.between(0.0, 1.0);
                AttendanceStatus status = p < 0.86 ? AttendanceStatus.PRESENT
                        : p < 0.95 ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED;
                rows.add(new Attendance(sessionId, m.memberId(), status));
            }
            if (rows.size() >= 20_000) {
                repos.training().insertAttendance(rows);
                rows.clear();
            }
        }
        repos.training().insertAttendance(rows);
    }

    private TrainingSession session(String title, TrainingType type, long orgId, TrainingAudience audience,
                                    String place, LocalDate first, LocalDate last) {
        List<TrainingDay> days = SessionDays.consecutive(first, last, type.defaultHoursPerDay());
        return new TrainingSession(null, 0, title, type, orgId, audience, null, place, dice.pick(List.of(LECTURERS)),
                null, days);
    }

    /** Up to {@code n} different members of a pool, in pool order. */
    private List<MemberHours> sample(List<MemberHours> pool, int n) {
        if (n >= pool.size()) {
            return pool;
        }
        List<MemberHours> out = new ArrayList<>(n);
        int needed = n;
        for (int i = 0; i < pool.size() && needed > 0; i++) {
            // selection sampling: each remaining member taken with needed / remaining
            if (dice.between(0.0, 1.0) * (pool.size() - i) < needed) {
                out.add(pool.get(i));
                needed--;
            }
        }
        return out;
    }

    private static String label(TrainingType type) {
        return switch (type) {
            case LEADER_FORUM -> "头雁讲坛";
            case MODEL_CLASS -> "示范培训班";
            case PARTY_LECTURE -> "党课";
            case ONLINE_COURSE -> "网络课程";
            default -> "培训";
        };
    }

    /** {@code last}, but not after {@code end} unless that would put it before {@code first}. */
    private static LocalDate notAfter(LocalDate last, LocalDate end, LocalDate first) {
        LocalDate capped = last.isAfter(end) ? end : last;
        return capped.isBefore(first) ? first : capped;
    }
}
