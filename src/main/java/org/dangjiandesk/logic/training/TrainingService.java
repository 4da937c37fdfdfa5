package org.dangjiandesk.logic.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.logic.security.FieldDiff;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.logic.settings.SettingKey;
import org.dangjiandesk.logic.settings.SettingsService;
import org.dangjiandesk.model.Attendance;
import org.dangjiandesk.model.AttendanceStatus;
import org.dangjiandesk.model.MemberHours;
import org.dangjiandesk.model.MemberAttendance;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.SessionTally;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingDay;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.store.DataStore;

/**
 * Training records (教育培训): sessions and their attendance, and each member's hours per calendar year against
 * the norm that applies. Hours are read and summed by {@code TrainingRepository}; the norms are applied here.
 */
public final class TrainingService {
    private static final String SESSION = "trainingSession";
    private static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(24);

    private final DataStore store;
    private final SettingsService settings;
    private final Clock clock;
    private final AuditTrail audit;

    public TrainingService(DataStore store, SettingsService settings, Clock clock) {
        this(store, settings, clock, AuditTrail.NONE);
    }

    public TrainingService(DataStore store, SettingsService settings, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    // --- norms ---

    /** The norms as configured (32 h and 56 h unless changed). */
    public TrainingNorms norms() {
        return new TrainingNorms(hours(SettingKey.TRAINING_NORM_MEMBER), hours(SettingKey.TRAINING_NORM_LEADER));
    }

    public void saveNorms(TrainingNorms norms) {
        if (norms.memberHours().signum() < 0 || norms.leaderHours().signum() < 0) {
            throw new TrainingException("training.error.norm");
        }
        TrainingNorms before = norms();
        store.writeVoid(r -> {
            r.settings().put(SettingKey.TRAINING_NORM_MEMBER.storedKey(), norms.memberHours().toPlainString());
            r.settings().put(SettingKey.TRAINING_NORM_LEADER.storedKey(), norms.leaderHours().toPlainString());
            audit.edited(r, "trainingNorms", 1, before, norms);
        });
    }

    private BigDecimal hours(SettingKey key) {
        try {
            return new BigDecimal(settings.get(key).strip());
        } catch (NumberFormatException e) {
            return new BigDecimal(key.defaultValue());
        }
    }

    // --- sessions ---

    /**
     * Saves a new session (id null) or changes one, and returns it as stored.
     *
     * @throws TrainingException when the title, the days or their hours are missing or out of range
     */
    public TrainingSession save(TrainingSession s) {
        if (s.title() == null || s.title().isBlank()) {
            throw new TrainingException("training.error.title");
        }
        if (s.type() == null || s.audience() == null) {
            throw new TrainingException("training.error.type");
        }
        if (s.days().isEmpty()) {
            throw new TrainingException("training.error.noDate");
        }
        if (s.days().stream().map(TrainingDay::date).distinct().count() != s.days().size()) {
            throw new TrainingException("training.error.sameDayTwice");
        }
        for (TrainingDay d : s.days()) {
            if (d.hours().signum() <= 0 || d.hours().compareTo(MAX_HOURS_PER_DAY) > 0) {
                throw new TrainingException("training.error.hours", d.date());
            }
        }
        TrainingSession clean = new TrainingSession(s.id(), s.version(), s.title().strip(), s.type(), s.orgId(),
                s.audience(), s.audienceOrgId(), blankToNull(s.place()), blankToNull(s.lecturer()),
                blankToNull(s.notes()), s.days());
        return store.write(r -> {
            if (clean.id() == null) {
                TrainingSession saved = r.training().insert(clean);
                audit.edited(r, SESSION, saved.id(), null, saved);
                return saved;
            }
            TrainingSession before = r.training().find(clean.id()).orElse(null);
            TrainingSession saved = r.training().update(clean);
            // compared as stored, so 8 and 8.0 hours are the same
            audit.edited(r, SESSION, saved.id(), before, r.training().find(saved.id()).orElse(saved));
            return saved;
        });
    }

    public void delete(long sessionId) {
        store.writeVoid(r -> {
            TrainingSession before = r.training().find(sessionId).orElse(null);
            r.training().delete(sessionId);
            if (before != null) {
                audit.edited(r, SESSION, sessionId, before, null);
            }
        });
    }

    public Optional<TrainingSession> find(long sessionId) {
        return store.read(r -> r.training().find(sessionId));
    }

    /** Sessions with a day in the year, newest first. */
    public List<TrainingSession> sessionsIn(int year) {
        return store.read(r -> r.training().sessionsBetween(firstDay(year), lastDay(year)));
    }

    // --- attendance ---

    public List<Attendance> attendance(long sessionId) {
        return store.read(r -> r.training().attendance(sessionId));
    }

    /** Puts members on the list as present; those already on it keep their status. Returns how many were added. */
    public int addAttendees(long sessionId, Collection<Long> memberIds) {
        return store.write(r -> {
            Set<Long> already = new java.util.HashSet<>();
            r.training().attendance(sessionId).forEach(a -> already.add(a.memberId()));
            Map<Long, AttendanceStatus> add = new LinkedHashMap<>();
            for (Long id : memberIds) {
                if (!already.contains(id)) {
                    add.put(id, AttendanceStatus.PRESENT);
                }
            }
            r.training().putAttendance(sessionId, add);
            auditAttendance(r, sessionId, Map.of(), add);
            return add.size();
        });
    }

    /** Marks members of the list present, absent or excused (adding them if not on it). */
    public void mark(long sessionId, Collection<Long> memberIds, AttendanceStatus status) {
        Map<Long, AttendanceStatus> put = new LinkedHashMap<>();
        memberIds.forEach(id -> put.put(id, status));
        store.writeVoid(r -> {
            Map<Long, AttendanceStatus> before = statuses(r, sessionId);
            r.training().putAttendance(sessionId, put);
            auditAttendance(r, sessionId, before, put);
        });
    }

    public void removeAttendees(long sessionId, Collection<Long> memberIds) {
        store.writeVoid(r -> {
            Map<Long, AttendanceStatus> before = statuses(r, sessionId);
            r.training().removeAttendance(sessionId, memberIds);
            Map<Long, AttendanceStatus> removed = new LinkedHashMap<>();
            memberIds.forEach(id -> removed.put(id, null));
            auditAttendance(r, sessionId, before, removed);
        });
    }

    private static Map<Long, AttendanceStatus> statuses(org.dangjiandesk.store.Repositories r, long sessionId) {
        Map<Long, AttendanceStatus> out = new HashMap<>();
        r.training().attendance(sessionId).forEach(a -> out.put(a.memberId(), a.status()));
        return out;
    }

    /** One entry per change of a session's list: a line "member #id: before → after" per member whose status changed. */
    private void auditAttendance(org.dangjiandesk.store.Repositories r, long sessionId,
                                 Map<Long, AttendanceStatus> before, Map<Long, AttendanceStatus> after) {
        List<FieldDiff.Change> changes = new ArrayList<>();
        after.forEach((id, status) -> {
            if (before.get(id) != status) {
                changes.add(new FieldDiff.Change("member #" + id, before.get(id), status));
            }
        });
        if (!changes.isEmpty()) {
            audit.edited(r, AuditAction.RECORD_CHANGED, "trainingAttendance", sessionId, changes);
        }
    }

    /**
     * Who should sign a session's sheet: its attendance list when it has one, otherwise the audience drawn from
     * the target organisation's subtree (everyone, secretaries, or the committee). In roster order.
     */
    public List<MemberHours> expectedAttendees(TrainingSession s) {
        List<Attendance> list = s.id() == null ? List.of() : attendance(s.id());
        OrgTree tree = tree();
        List<MemberHours> all = store.read(r -> r.training().currentMembers(
                list.isEmpty() ? tree.subtreeIds(s.audienceRoot()) : null));
        if (!list.isEmpty()) {
            Set<Long> on = new java.util.HashSet<>();
            list.forEach(a -> on.add(a.memberId()));
            return all.stream().filter(m -> on.contains(m.memberId())).toList();
        }
        return all.stream().filter(m -> inAudience(s.audience(), m)).toList();
    }

    static boolean inAudience(TrainingAudience audience, MemberHours m) {
        String post = m.partyPost() == null ? "" : m.partyPost();
        return switch (audience) {
            case ALL_MEMBERS -> true;
            case SECRETARIES -> post.contains("书记");
            case COMMITTEE_MEMBERS -> post.contains("书记") || post.contains("委员");
            case NAMED -> false;
        };
    }

    // --- hours against the norm ---

    /** Hours attended in a calendar year by some members (0 for those with none). */
    public Map<Long, BigDecimal> yearHours(Collection<Long> memberIds, int year) {
        Map<Long, BigDecimal> found = store.read(r -> r.training().hoursOf(memberIds, firstDay(year), lastDay(year)));
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Long id : memberIds) {
            out.put(id, found.getOrDefault(id, BigDecimal.ZERO));
        }
        return out;
    }

    /** Every current member's standing in a year, in roster order (the roster read from the database). */
    public List<MemberStanding> standings(int year) {
        return standings(year, loadRoster());
    }

    /**
     * Every current member of a roster snapshot with their standing in a year, in the snapshot's order. The screen
     * passes the roster it already holds, so only the hours (two streamed reads) and the few members with a party
     * post or an exemption are read.
     */
    public List<MemberStanding> standings(int year, List<RosterEntry> roster) {
        TrainingNorms norms = norms();
        Facts facts = store.read(r -> new Facts(r.training().hoursByMember(firstDay(year), lastDay(year)),
                r.training().partyPosts(), r.training().frailExempt()));
        List<MemberStanding> out = new ArrayList<>(roster.size());
        for (RosterEntry e : roster) {
            if (e.isCurrent()) {
                out.add(standing(e, facts, norms));
            }
        }
        return out;
    }

    /** Current members below their norm in a year (roster read from the database); see the other form. */
    public List<MemberStanding> belowNorm(int year, Set<Long> orgIds) {
        return belowNorm(year, orgIds, loadRoster());
    }

    /**
     * Current members of a roster snapshot below their norm in a year, in the snapshot's order; {@code orgIds} (a
     * subtree) narrows it, null means everyone.
     */
    public List<MemberStanding> belowNorm(int year, Set<Long> orgIds, List<RosterEntry> roster) {
        TrainingNorms norms = norms();
        Facts facts = store.read(r -> new Facts(r.training().hoursByMember(firstDay(year), lastDay(year)),
                r.training().partyPosts(), r.training().frailExempt()));
        List<MemberStanding> out = new ArrayList<>();
        for (RosterEntry e : roster) {
            if (!e.isCurrent() || orgIds != null && !orgIds.contains(e.orgId())) {
                continue;
            }
            MemberStanding s = standing(e, facts, norms);
            if (!s.meetsNorm()) {
                out.add(s);
            }
        }
        return out;
    }

    /** What the database says about the hours and norms of the members. */
    private record Facts(Map<Long, BigDecimal> hours, Map<Long, String> posts, Set<Long> frail) {
    }

    private static MemberStanding standing(RosterEntry e, Facts f, TrainingNorms norms) {
        String post = f.posts().get(e.id());
        NormKind kind = TrainingNorms.kindOf(post, f.frail().contains(e.id()));
        return new MemberStanding(e.id(), e.name(), e.orgId(), post, kind, norms.hoursFor(kind),
                f.hours().getOrDefault(e.id(), BigDecimal.ZERO));
    }

    /** The slim roster (current and departed), in roster order, for callers without one in memory. */
    public List<RosterEntry> loadRoster() {
        return store.read(r -> r.members().rosterEntries());
    }

    /** Whole or started weeks from today to the end of the year (0 for a past year, 52 for a future one). */
    public long weeksLeft(int year) {
        LocalDate today = LocalDate.now(clock);
        if (year < today.getYear()) {
            return 0;
        }
        if (year > today.getYear()) {
            return 52;
        }
        long days = ChronoUnit.DAYS.between(today, lastDay(year)) + 1;
        return (days + 6) / 7;
    }

    public int currentYear() {
        return today().getYear();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Per organisation of a subtree (the whole street when {@code rootOrgId} is null), 党小组 left out but their
     * members counted in their branch: sessions it and the organisations below it held; how its members attended
     * the sessions they were on the list of (whoever held them); its members meeting the norm. Depth first, as
     * the tree shows it.
     */
    public List<OrgTrainingStats> orgStats(int year, Long rootOrgId) {
        return orgStats(year, rootOrgId, loadRoster());
    }

    /** As {@link #orgStats(int, Long)}, on a roster snapshot the caller already holds. */
    public List<OrgTrainingStats> orgStats(int year, Long rootOrgId, List<RosterEntry> roster) {
        OrgTree tree = tree();
        List<MemberStanding> standings = standings(year, roster);
        List<SessionTally> tallies = store.read(r -> r.training().tallies(firstDay(year), lastDay(year)));
        Map<Long, int[]> acc = new HashMap<>(); // sessions, expected, present, members, meeting
        Map<Long, List<Long>> up = new HashMap<>(); // organisation → itself and those above it
        for (SessionTally t : tallies) {
            for (long org : up.computeIfAbsent(t.orgId(), k -> ancestors(tree, k))) {
                acc.computeIfAbsent(org, k -> new int[5])[0]++;
            }
        }
        Map<Long, Long> orgOf = new HashMap<>(roster.size() * 2);
        for (RosterEntry e : roster) {
            orgOf.put(e.id(), e.orgId());
        }
        for (MemberAttendance att : store.read(r -> r.training().attendanceByMember(firstDay(year), lastDay(year)))) {
            Long memberOrg = orgOf.get(att.memberId());
            if (memberOrg == null) {
                continue;
            }
            for (long org : up.computeIfAbsent(memberOrg, k -> ancestors(tree, k))) {
                int[] a = acc.computeIfAbsent(org, k -> new int[5]);
                a[1] += att.sessions();
                if (att.status() == AttendanceStatus.PRESENT) {
                    a[2] += att.sessions();
                }
            }
        }
        for (MemberStanding s : standings) {
            if (s.kind() == NormKind.EXEMPT) {
                continue;
            }
            for (long org : up.computeIfAbsent(s.orgId(), k -> ancestors(tree, k))) {
                int[] a = acc.computeIfAbsent(org, k -> new int[5]);
                a[3]++;
                if (s.meetsNorm()) {
                    a[4]++;
                }
            }
        }
        List<OrgTrainingStats> out = new ArrayList<>();
        List<OrgUnit> roots = rootOrgId == null ? tree.roots() : tree.find(rootOrgId).map(List::of).orElse(List.of());
        Deque<Object[]> todo = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(new Object[] {roots.get(i), 0});
        }
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            OrgUnit org = (OrgUnit) next[0];
            int depth = (Integer) next[1];
            int[] a = acc.getOrDefault(org.id(), new int[5]);
            out.add(new OrgTrainingStats(org.id(), org.displayName(), depth, a[0], a[1], a[2], a[3], a[4]));
            List<OrgUnit> children = tree.childrenOf(org.id());
            for (int i = children.size() - 1; i >= 0; i--) {
                OrgUnit c = children.get(i);
                if (c.type() != OrgType.GROUP && c.isActive()) {
                    todo.push(new Object[] {c, depth + 1});
                }
            }
        }
        return out;
    }

    /** The organisation and those above it. */
    private static List<Long> ancestors(OrgTree tree, long orgId) {
        List<Long> ids = new ArrayList<>(6);
        Optional<OrgUnit> cur = tree.find(orgId);
        while (cur.isPresent() && ids.size() < 64) {
            ids.add(cur.get().id());
            cur = tree.find(cur.get().parentId());
        }
        return ids;
    }

    public OrgTree tree() {
        return new OrgTree(store.read(r -> r.orgs().findAll()));
    }

    public static LocalDate firstDay(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public static LocalDate lastDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
