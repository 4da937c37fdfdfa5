package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER;
import static org.dangjiandesk.store.jooq.Tables.TRAINING_ATTENDANCE;
import static org.dangjiandesk.store.jooq.Tables.TRAINING_DAY;
import static org.dangjiandesk.store.jooq.Tables.TRAINING_SESSION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.model.Attendance;
import org.dangjiandesk.model.AttendanceStatus;
import org.dangjiandesk.model.MemberHours;
import org.dangjiandesk.model.MemberAttendance;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.SessionTally;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingDay;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;
import org.dangjiandesk.store.jooq.tables.records.TrainingAttendanceRecord;
import org.dangjiandesk.store.jooq.tables.records.TrainingDayRecord;
import org.dangjiandesk.store.jooq.tables.records.TrainingSessionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Training sessions, their days and attendance. A year's hours for 100,000 members come from two reads, never one
 * query per member: the period's days per session, then the present attendees of those sessions, summed in Java.
 */
public final class TrainingRepository {
    /** Scale of training_day.hours: hours are added as whole units of it (tenths of an hour). */
    private static final int HOURS_SCALE = TRAINING_DAY.HOURS.getDataType().scale();

    private final DSLContext dsl;

    TrainingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- sessions ---

    public TrainingSession insert(TrainingSession s) {
        TrainingSessionRecord r = dsl.newRecord(TRAINING_SESSION);
        fill(r, s);
        r.setRowVersion(0);
        r.store();
        insertDays(r.getId(), s.days());
        return s.withId(r.getId(), 0);
    }

    /** Inserts many sessions with their days (sample data) and returns them with their ids, in order. */
    public List<TrainingSession> insertAll(List<TrainingSession> sessions) {
        List<TrainingSessionRecord> records = new ArrayList<>(sessions.size());
        for (TrainingSession s : sessions) {
            TrainingSessionRecord r = dsl.newRecord(TRAINING_SESSION);
            fill(r, s);
            r.setRowVersion(0);
            records.add(r);
        }
        List<Long> ids = BulkInsert.insertReturningIds(dsl, TRAINING_SESSION, TRAINING_SESSION.ID, records);
        List<TrainingSession> out = new ArrayList<>(sessions.size());
        List<TrainingDayRecord> days = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            TrainingSession s = sessions.get(i).withId(ids.get(i), 0);
            out.add(s);
            for (TrainingDay d : s.days()) {
                days.add(dayRecord(s.id(), d));
            }
        }
        BulkInsert.insert(dsl, TRAINING_DAY, days);
        return out;
    }

    /**
     * Updates a session and replaces its days, if nobody changed it since it was read.
     *
     * @throws StoreException STALE_DATA when the stored version differs
     */
    public TrainingSession update(TrainingSession s) {
        TrainingSessionRecord r = dsl.newRecord(TRAINING_SESSION);
        fill(r, s);
        r.setRowVersion(s.version() + 1);
        int n = dsl.update(TRAINING_SESSION).set(r)
                .where(TRAINING_SESSION.ID.eq(s.id()).and(TRAINING_SESSION.ROW_VERSION.eq(s.version())))
                .execute();
        if (n != 1) {
            throw new StoreException(StoreException.Reason.STALE_DATA, "session changed by someone else: " + s.id());
        }
        dsl.deleteFrom(TRAINING_DAY).where(TRAINING_DAY.SESSION_ID.eq(s.id())).execute();
        insertDays(s.id(), s.days());
        return s.withId(s.id(), s.version() + 1);
    }

    /** Deletes a session with its days and attendance. */
    public void delete(long sessionId) {
        dsl.deleteFrom(TRAINING_ATTENDANCE).where(TRAINING_ATTENDANCE.SESSION_ID.eq(sessionId)).execute();
        dsl.deleteFrom(TRAINING_DAY).where(TRAINING_DAY.SESSION_ID.eq(sessionId)).execute();
        dsl.deleteFrom(TRAINING_SESSION).where(TRAINING_SESSION.ID.eq(sessionId)).execute();
    }

    public Optional<TrainingSession> find(long sessionId) {
        return dsl.selectFrom(TRAINING_SESSION).where(TRAINING_SESSION.ID.eq(sessionId)).fetchOptional()
                .map(r -> toModel(r, daysOf(List.of(sessionId)).getOrDefault(sessionId, List.of())));
    }

    /** Sessions with at least one day in the period, by first day (newest first). */
    public List<TrainingSession> sessionsBetween(LocalDate from, LocalDate to) {
        List<TrainingSessionRecord> records = dsl.selectFrom(TRAINING_SESSION)
                .where(TRAINING_SESSION.FIRST_DAY.le(to).and(TRAINING_SESSION.LAST_DAY.ge(from)))
                .orderBy(TRAINING_SESSION.FIRST_DAY.desc(), TRAINING_SESSION.ID.desc())
                .fetch();
        Map<Long, List<TrainingDay>> days = daysBetween(from, to, records.isEmpty());
        List<TrainingSession> out = new ArrayList<>(records.size());
        for (TrainingSessionRecord r : records) {
            out.add(toModel(r, days.getOrDefault(r.getId(), List.of())));
        }
        return out;
    }

    // --- attendance ---

    public List<Attendance> attendance(long sessionId) {
        return dsl.selectFrom(TRAINING_ATTENDANCE).where(TRAINING_ATTENDANCE.SESSION_ID.eq(sessionId))
                .orderBy(TRAINING_ATTENDANCE.ID)
                .fetch(r -> new Attendance(r.getSessionId(), r.getMemberId(), AttendanceStatus.valueOf(r.getAttendance())));
    }

    /** Sets the status of members on a session's list, adding those not on it yet. */
    public void putAttendance(long sessionId, Map<Long, AttendanceStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        removeAttendance(sessionId, statuses.keySet());
        List<TrainingAttendanceRecord> records = new ArrayList<>(statuses.size());
        statuses.forEach((member, status) -> records.add(attendanceRecord(new Attendance(sessionId, member, status))));
        BulkInsert.insert(dsl, TRAINING_ATTENDANCE, records);
    }

    public void removeAttendance(long sessionId, Collection<Long> memberIds) {
        List<Long> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            dsl.deleteFrom(TRAINING_ATTENDANCE).where(TRAINING_ATTENDANCE.SESSION_ID.eq(sessionId)
                    .and(TRAINING_ATTENDANCE.MEMBER_ID.in(ids.subList(from, Math.min(ids.size(), from + 1000)))))
                    .execute();
        }
    }

    /** Appends attendance rows (sample data); none of them may be on the list already. */
    public void insertAttendance(List<Attendance> rows) {
        List<TrainingAttendanceRecord> records = new ArrayList<>(rows.size());
        for (Attendance a : rows) {
            records.add(attendanceRecord(a));
        }
        BulkInsert.insert(dsl, TRAINING_ATTENDANCE, records);
    }

    // --- hours ---

    /** 党内职务 of the members who have one (few: secretaries and committee members, read along an index). */
    public Map<Long, String> partyPosts() {
        Map<Long, String> out = new HashMap<>();
        dsl.select(PARTY_MEMBER.ID, PARTY_MEMBER.PARTY_POST).from(PARTY_MEMBER).where(PARTY_MEMBER.PARTY_POST.gt(""))
                .fetch().forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The members exempted from the hours norm as frail (年老体弱), read along an index. */
    public java.util.Set<Long> frailExempt() {
        return new java.util.HashSet<>(dsl.select(PARTY_MEMBER.ID).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.FRAIL_EXEMPT.isTrue()).fetch(PARTY_MEMBER.ID));
    }

    /**
     * Hours attended (present) on days in the period, per member who has any. Summed here, not by the database:
     * the period's days give each session its hours in the period (a few thousand rows), then the present
     * attendees of the sessions overlapping the period are streamed along the covering index
     * ix_attendance_present as (session, member) pairs and added up in tenths of an hour. H2's GROUP BY over
     * ~150,000 rows (a tree map keyed by row values) and a jOOQ record per row cost about twice as much.
     */
    public Map<Long, BigDecimal> hoursByMember(LocalDate from, LocalDate to) {
        Map<Long, Long> sessionUnits = sessionHoursBetween(from, to);
        Map<Long, BigDecimal> out = new HashMap<>();
        if (sessionUnits.isEmpty()) {
            return out;
        }
        Map<Long, long[]> sums = new HashMap<>(1 << 17);
        long[] lastSession = {Long.MIN_VALUE, 0}; // rows come grouped by session: look its hours up once
        ResultRows.forEach(dsl.select(TRAINING_ATTENDANCE.SESSION_ID, TRAINING_ATTENDANCE.MEMBER_ID)
                .from(TRAINING_SESSION)
                .join(TRAINING_ATTENDANCE).on(TRAINING_ATTENDANCE.SESSION_ID.eq(TRAINING_SESSION.ID))
                .where(TRAINING_SESSION.FIRST_DAY.le(to).and(TRAINING_SESSION.LAST_DAY.ge(from))
                        .and(TRAINING_ATTENDANCE.ATTENDANCE.eq(AttendanceStatus.PRESENT.name())))
                .fetchSize(5000), row -> {
                    long session = row.longValue(1);
                    if (session != lastSession[0]) {
                        lastSession[0] = session;
                        lastSession[1] = sessionUnits.getOrDefault(session, 0L);
                    }
                    if (lastSession[1] != 0) {
                        sums.computeIfAbsent(row.longValue(2), k -> new long[1])[0] += lastSession[1];
                    }
                });
        sums.forEach((member, units) -> out.put(member, BigDecimal.valueOf(units[0], HOURS_SCALE)));
        return out;
    }

    /** Each session's hours on days in the period, in units of {@link #HOURS_SCALE} (sessions with none left out). */
    private Map<Long, Long> sessionHoursBetween(LocalDate from, LocalDate to) {
        Map<Long, Long> out = new HashMap<>();
        ResultRows.forEach(dsl.select(TRAINING_DAY.SESSION_ID, TRAINING_DAY.HOURS).from(TRAINING_DAY)
                .where(TRAINING_DAY.DAY_DATE.between(from, to)), row -> {
                    long units = row.decimal(2).setScale(HOURS_SCALE, java.math.RoundingMode.UNNECESSARY)
                            .unscaledValue().longValueExact();
                    out.merge(row.longValue(1), units, Long::sum);
                });
        out.values().removeIf(units -> units == 0);
        return out;
    }

    /**
     * Current members (of some organisations; null: all) with what decides their norm, in roster order; hours are
     * not computed here and given as 0.
     */
    public List<MemberHours> currentMembers(Collection<Long> orgIds) {
        Condition where = PARTY_MEMBER.ROSTER_STATE.eq(RosterState.CURRENT.name());
        if (orgIds != null) {
            where = where.and(PARTY_MEMBER.ORG_ID.in(orgIds));
        }
        return dsl.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.ORG_ID, PARTY_MEMBER.PARTY_POST,
                        PARTY_MEMBER.FRAIL_EXEMPT)
                .from(PARTY_MEMBER).where(where).orderBy(PARTY_MEMBER.NAME_SORT_KEY, PARTY_MEMBER.ID)
                .fetch(r -> new MemberHours(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), BigDecimal.ZERO));
    }

    /** The hours some members attended on days in the period (members without any are left out). */
    public Map<Long, BigDecimal> hoursOf(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> out = new HashMap<>();
        List<Long> ids = List.copyOf(memberIds);
        for (int start = 0; start < ids.size(); start += 1000) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 1000));
            dsl.select(TRAINING_ATTENDANCE.MEMBER_ID, DSL.sum(TRAINING_DAY.HOURS))
                    .from(TRAINING_ATTENDANCE).join(TRAINING_DAY).on(TRAINING_DAY.SESSION_ID.eq(TRAINING_ATTENDANCE.SESSION_ID))
                    .where(TRAINING_ATTENDANCE.MEMBER_ID.in(chunk)
                            .and(TRAINING_ATTENDANCE.ATTENDANCE.eq(AttendanceStatus.PRESENT.name()))
                            .and(TRAINING_DAY.DAY_DATE.between(from, to)))
                    .groupBy(TRAINING_ATTENDANCE.MEMBER_ID)
                    .fetch().forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    /** Attendance counts per session with a day in the period. */
    public List<SessionTally> tallies(LocalDate from, LocalDate to) {
        Field<Integer> present = DSL.count().filterWhere(TRAINING_ATTENDANCE.ATTENDANCE.eq(AttendanceStatus.PRESENT.name()));
        Field<Integer> absent = DSL.count().filterWhere(TRAINING_ATTENDANCE.ATTENDANCE.eq(AttendanceStatus.ABSENT.name()));
        Field<Integer> excused = DSL.count().filterWhere(TRAINING_ATTENDANCE.ATTENDANCE.eq(AttendanceStatus.EXCUSED.name()));
        return dsl.select(TRAINING_SESSION.ID, TRAINING_SESSION.ORG_ID, present, absent, excused)
                .from(TRAINING_SESSION).leftJoin(TRAINING_ATTENDANCE).on(TRAINING_ATTENDANCE.SESSION_ID.eq(TRAINING_SESSION.ID))
                .where(TRAINING_SESSION.FIRST_DAY.le(to).and(TRAINING_SESSION.LAST_DAY.ge(from)))
                .groupBy(TRAINING_SESSION.ID, TRAINING_SESSION.ORG_ID)
                .fetch(r -> new SessionTally(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Attendance counts per member and status over the sessions of the period (grouped in the database along the
     * covering attendance index; the caller folds members into their organisations).
     */
    public List<MemberAttendance> attendanceByMember(LocalDate from, LocalDate to) {
        return dsl.select(TRAINING_ATTENDANCE.MEMBER_ID, TRAINING_ATTENDANCE.ATTENDANCE, DSL.count())
                .from(TRAINING_SESSION)
                .join(TRAINING_ATTENDANCE).on(TRAINING_ATTENDANCE.SESSION_ID.eq(TRAINING_SESSION.ID))
                .where(TRAINING_SESSION.FIRST_DAY.le(to).and(TRAINING_SESSION.LAST_DAY.ge(from)))
                .groupBy(TRAINING_ATTENDANCE.MEMBER_ID, TRAINING_ATTENDANCE.ATTENDANCE)
                .fetch(r -> new MemberAttendance(r.value1(), AttendanceStatus.valueOf(r.value2()), r.value3()));
    }

    // --- mapping ---

    private Map<Long, List<TrainingDay>> daysOf(Collection<Long> sessionIds) {
        Map<Long, List<TrainingDay>> out = new HashMap<>();
        dsl.selectFrom(TRAINING_DAY).where(TRAINING_DAY.SESSION_ID.in(sessionIds)).orderBy(TRAINING_DAY.DAY_DATE)
                .forEach(r -> out.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>())
                        .add(new TrainingDay(r.getDayDate(), r.getHours())));
        return out;
    }

    /** All days of the sessions overlapping the period (including their days outside it). */
    private Map<Long, List<TrainingDay>> daysBetween(LocalDate from, LocalDate to, boolean none) {
        Map<Long, List<TrainingDay>> out = new HashMap<>();
        if (none) {
            return out;
        }
        dsl.select(TRAINING_DAY.SESSION_ID, TRAINING_DAY.DAY_DATE, TRAINING_DAY.HOURS)
                .from(TRAINING_DAY).join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_DAY.SESSION_ID))
                .where(TRAINING_SESSION.FIRST_DAY.le(to).and(TRAINING_SESSION.LAST_DAY.ge(from)))
                .orderBy(TRAINING_DAY.DAY_DATE)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new TrainingDay(r.value2(), r.value3())));
        return out;
    }

    private void insertDays(long sessionId, List<TrainingDay> days) {
        List<TrainingDayRecord> records = new ArrayList<>(days.size());
        for (TrainingDay d : days) {
            records.add(dayRecord(sessionId, d));
        }
        BulkInsert.insert(dsl, TRAINING_DAY, records);
    }

    private TrainingDayRecord dayRecord(long sessionId, TrainingDay d) {
        TrainingDayRecord r = dsl.newRecord(TRAINING_DAY);
        r.setSessionId(sessionId);
        r.setDayDate(d.date());
        r.setHours(d.hours());
        return r;
    }

    private TrainingAttendanceRecord attendanceRecord(Attendance a) {
        TrainingAttendanceRecord r = dsl.newRecord(TRAINING_ATTENDANCE);
        r.setSessionId(a.sessionId());
        r.setMemberId(a.memberId());
        r.setAttendance(a.status().name());
        return r;
    }

    private static void fill(TrainingSessionRecord r, TrainingSession s) {
        r.setTitle(s.title());
        r.setTrainingType(s.type().name());
        r.setOrgId(s.orgId());
        r.setAudience(s.audience().name());
        r.setAudienceOrgId(s.audienceOrgId());
        r.setPlace(s.place());
        r.setLecturer(s.lecturer());
        r.setNotes(s.notes());
        r.setFirstDay(s.firstDay());
        r.setLastDay(s.lastDay());
    }

    private static TrainingSession toModel(TrainingSessionRecord r, List<TrainingDay> days) {
        return new TrainingSession(r.getId(), r.getRowVersion(), r.getTitle(), TrainingType.valueOf(r.getTrainingType()),
                r.getOrgId(), TrainingAudience.valueOf(r.getAudience()), r.getAudienceOrgId(), r.getPlace(),
                r.getLecturer(), r.getNotes(), days);
    }
}
