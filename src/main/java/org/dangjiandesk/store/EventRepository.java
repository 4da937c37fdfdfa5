package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.MEMBER_EVENT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.store.jooq.tables.records.MemberEventRecord;
import org.jooq.DSLContext;

/** Member history events; append-only. */
public final class EventRepository {
    private final DSLContext dsl;

    EventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public MemberEvent insert(MemberEvent e) {
        MemberEventRecord r = toRecord(e);
        r.store();
        return toModel(r);
    }

    public void insertAll(List<MemberEvent> events) {
        List<MemberEventRecord> records = new ArrayList<>(events.size());
        for (MemberEvent e : events) {
            records.add(toRecord(e));
        }
        BulkInsert.insert(dsl, MEMBER_EVENT, records);
    }

    /**
     * A member's history, oldest first; events of one day in the order they were recorded (not by id: on
     * PostgreSQL each connection draws its own block of cached ids, so a later event can get a smaller one).
     */
    public List<MemberEvent> forMember(long memberId) {
        return dsl.selectFrom(MEMBER_EVENT).where(MEMBER_EVENT.MEMBER_ID.eq(memberId))
                .orderBy(MEMBER_EVENT.EVENT_DATE, MEMBER_EVENT.RECORDED_AT, MEMBER_EVENT.ID)
                .fetch(EventRepository::toModel);
    }

    /** Events of the given types dated from {@code from} to {@code to} inclusive, oldest first. */
    public List<MemberEvent> inRange(java.util.Collection<EventType> types, java.time.LocalDate from,
                                     java.time.LocalDate to) {
        return dsl.selectFrom(MEMBER_EVENT)
                .where(MEMBER_EVENT.EVENT_TYPE.in(types.stream().map(Enum::name).toList()))
                .and(MEMBER_EVENT.EVENT_DATE.between(from, to))
                .orderBy(MEMBER_EVENT.EVENT_DATE, MEMBER_EVENT.RECORDED_AT, MEMBER_EVENT.ID)
                .fetch(EventRepository::toModel);
    }

    public int count() {
        return dsl.fetchCount(MEMBER_EVENT);
    }

    private MemberEventRecord toRecord(MemberEvent e) {
        MemberEventRecord r = dsl.newRecord(MEMBER_EVENT);
        r.setMemberId(e.memberId());
        r.setEventType(e.type().name());
        r.setEventDate(e.date());
        r.setReason(e.reason());
        r.setDocNo(e.docNo());
        r.setFromOrgId(e.fromOrgId());
        r.setToOrgId(e.toOrgId());
        r.setOtherParty(e.otherParty());
        r.setDuesPaidUntil(e.duesPaidUntil());
        r.setMonths(e.months());
        Instant at = e.recordedAt() == null ? Instant.now() : e.recordedAt();
        r.setRecordedAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        return r;
    }

    private static MemberEvent toModel(MemberEventRecord r) {
        return new MemberEvent(r.getId(), r.getMemberId(), EventType.valueOf(r.getEventType()), r.getEventDate(),
                r.getReason(), r.getDocNo(), r.getFromOrgId(), r.getToOrgId(), r.getOtherParty(),
                r.getDuesPaidUntil(), r.getMonths(), r.getRecordedAt().toInstant(ZoneOffset.UTC));
    }
}
