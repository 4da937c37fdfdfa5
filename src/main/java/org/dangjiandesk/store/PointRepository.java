package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.MEMBER_APPRAISAL;
import static org.dangjiandesk.store.jooq.Tables.POINT_ENTRY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.PointEntry;
import org.dangjiandesk.store.jooq.tables.records.PointEntryRecord;
import org.jooq.DSLContext;

/** The points ledger (积分台账) and the yearly 民主评议 grades. */
public final class PointRepository {
    private final DSLContext dsl;

    PointRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public PointEntry insert(PointEntry e) {
        PointEntryRecord r = toRecord(e);
        r.store();
        return toModel(r);
    }

    public void insertAll(List<PointEntry> entries) {
        List<PointEntryRecord> records = new ArrayList<>(entries.size());
        for (PointEntry e : entries) {
            records.add(toRecord(e));
        }
        BulkInsert.insert(dsl, POINT_ENTRY, records);
    }

    /** Marks pending entries approved; returns how many changed. */
    public int approve(Collection<Long> ids, String approver) {
        return dsl.update(POINT_ENTRY).set(POINT_ENTRY.APPROVED_BY, approver)
                .set(POINT_ENTRY.ROW_VERSION, POINT_ENTRY.ROW_VERSION.plus(1))
                .where(POINT_ENTRY.ID.in(ids)).and(POINT_ENTRY.APPROVED_BY.isNull())
                .execute();
    }

    /** A member's ledger, newest first. */
    public List<PointEntry> forMember(long memberId) {
        return dsl.selectFrom(POINT_ENTRY).where(POINT_ENTRY.MEMBER_ID.eq(memberId))
                .orderBy(POINT_ENTRY.ENTRY_DATE.desc(), POINT_ENTRY.ID.desc())
                .fetch(PointRepository::toModel);
    }

    /** Entries of some members dated from {@code from} to {@code to} inclusive. */
    public List<PointEntry> inRange(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        return dsl.selectFrom(POINT_ENTRY).where(POINT_ENTRY.MEMBER_ID.in(memberIds))
                .and(POINT_ENTRY.ENTRY_DATE.between(from, to))
                .orderBy(POINT_ENTRY.ENTRY_DATE, POINT_ENTRY.ID)
                .fetch(PointRepository::toModel);
    }

    /** Entries waiting for approval, oldest first. */
    public List<PointEntry> pending(Collection<Long> memberIds) {
        return dsl.selectFrom(POINT_ENTRY).where(POINT_ENTRY.MEMBER_ID.in(memberIds))
                .and(POINT_ENTRY.APPROVED_BY.isNull())
                .orderBy(POINT_ENTRY.ENTRY_DATE, POINT_ENTRY.ID)
                .fetch(PointRepository::toModel);
    }

    /** Sets (or replaces) a member's 民主评议 grade for a year. */
    public void setAppraisal(long memberId, int year, AppraisalGrade grade) {
        dsl.deleteFrom(MEMBER_APPRAISAL)
                .where(MEMBER_APPRAISAL.MEMBER_ID.eq(memberId).and(MEMBER_APPRAISAL.APPRAISAL_YEAR.eq(year)))
                .execute();
        if (grade != null) {
            dsl.insertInto(MEMBER_APPRAISAL)
                    .set(MEMBER_APPRAISAL.MEMBER_ID, memberId)
                    .set(MEMBER_APPRAISAL.APPRAISAL_YEAR, year)
                    .set(MEMBER_APPRAISAL.GRADE, grade.name())
                    .execute();
        }
    }

    public Map<Long, AppraisalGrade> appraisals(Collection<Long> memberIds, int year) {
        return dsl.select(MEMBER_APPRAISAL.MEMBER_ID, MEMBER_APPRAISAL.GRADE).from(MEMBER_APPRAISAL)
                .where(MEMBER_APPRAISAL.MEMBER_ID.in(memberIds).and(MEMBER_APPRAISAL.APPRAISAL_YEAR.eq(year)))
                .fetchMap(r -> r.value1(), r -> AppraisalGrade.valueOf(r.value2()));
    }

    private PointEntryRecord toRecord(PointEntry e) {
        PointEntryRecord r = dsl.newRecord(POINT_ENTRY);
        r.setMemberId(e.memberId());
        r.setEntryDate(e.date());
        r.setCategory(e.category().name());
        r.setPoints(e.points());
        r.setNote(e.note());
        r.setEnteredBy(e.enteredBy());
        r.setApprovedBy(e.approvedBy());
        return r;
    }

    private static PointEntry toModel(PointEntryRecord r) {
        return new PointEntry(r.getId(), r.getMemberId(), r.getEntryDate(), PointCategory.valueOf(r.getCategory()),
                r.getPoints(), r.getNote(), r.getEnteredBy(), r.getApprovedBy());
    }
}
