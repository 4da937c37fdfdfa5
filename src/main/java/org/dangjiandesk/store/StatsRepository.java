package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.MEMBER_EVENT;
import static org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER;
import static org.dangjiandesk.store.jooq.Tables.STAT_FIGURE;
import static org.dangjiandesk.store.jooq.Tables.STAT_LEDGER;
import static org.dangjiandesk.store.jooq.Tables.STAT_PERIOD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.model.ChangeKind;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.LedgerEntry;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.MemberFacts;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.PeriodSnapshot;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.model.StatColumn;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatRow;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;
import org.dangjiandesk.store.jooq.tables.records.StatFigureRecord;
import org.dangjiandesk.store.jooq.tables.records.StatLedgerRecord;
import org.dangjiandesk.store.jooq.tables.records.StatPeriodRecord;
import org.jooq.DSLContext;

/**
 * What the statistics read and keep: every member's slim {@link MemberFacts} row in one query, the events that
 * move a member's state between two days, and closed periods (their figures and ledger).
 */
public final class StatsRepository {
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);
    private final DSLContext dsl;

    StatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static final org.jooq.SelectField<?>[] FACT_FIELDS = {
        PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.SEX, PARTY_MEMBER.ID_NUMBER,
        PARTY_MEMBER.ETHNICITY_CODE, PARTY_MEMBER.BIRTH_DATE, PARTY_MEMBER.EDUCATION_CODE, PARTY_MEMBER.CATEGORY,
        PARTY_MEMBER.ORG_ID, PARTY_MEMBER.JOINED_ON, PARTY_MEMBER.JOB_POST_CODE, PARTY_MEMBER.PARTY_STATUS,
        PARTY_MEMBER.LOST_CONTACT, PARTY_MEMBER.FLOATING, PARTY_MEMBER.IN_SERVICE_REPORTED, PARTY_MEMBER.REPORTED_ON,
        PARTY_MEMBER.HOUSEHOLD_HEAD, PARTY_MEMBER.ROSTER_STATE
    };

    /**
     * Every member, current and departed, as they are now (in id order). On H2 the rows stream along the primary
     * key: otherwise H2 first materialises the whole result (beyond 40,000 rows in a temporary file).
     */
    public List<MemberFacts> memberFacts() {
        boolean h2 = dsl.dialect().family() == org.jooq.SQLDialect.H2;
        if (h2) {
            dsl.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try {
            return ResultRows.map(dsl.select(FACT_FIELDS).from(PARTY_MEMBER).orderBy(PARTY_MEMBER.ID).fetchSize(2000),
                    StatsRepository::toFacts);
        } finally {
            if (h2) {
                dsl.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private static MemberFacts toFacts(ResultRows r) throws java.sql.SQLException {
        return new MemberFacts(r.longValue(1), r.text(2), Sex.valueOf(r.text(3)), r.text(4), r.text(5), r.date(6),
                r.text(7), MemberCategory.valueOf(r.text(8)), r.longValue(9), r.date(10), r.text(11),
                PartyStatus.valueOf(r.text(12)), r.flag(13), r.flag(14), r.flag(15), r.date(16), r.flag(17),
                RosterState.valueOf(r.text(18)));
    }

    /** Events dated after {@code day}, newest first (to wind the present state back to that day). */
    public List<MemberEvent> eventsAfter(LocalDate day) {
        return events(day.plusDays(1), END_OF_TIME, false);
    }

    /** Events dated from {@code from} to {@code to} inclusive, oldest first (to replay a period). */
    public List<MemberEvent> eventsBetween(LocalDate from, LocalDate to) {
        return events(from, to, true);
    }

    private List<MemberEvent> events(LocalDate from, LocalDate to, boolean ascending) {
        var query = dsl.select(MEMBER_EVENT.ID, MEMBER_EVENT.MEMBER_ID, MEMBER_EVENT.EVENT_TYPE,
                        MEMBER_EVENT.EVENT_DATE, MEMBER_EVENT.REASON, MEMBER_EVENT.DOC_NO, MEMBER_EVENT.FROM_ORG_ID,
                        MEMBER_EVENT.TO_ORG_ID, MEMBER_EVENT.OTHER_PARTY)
                .from(MEMBER_EVENT)
                .where(MEMBER_EVENT.EVENT_DATE.between(from, to))
                .orderBy(ascending ? MEMBER_EVENT.EVENT_DATE.asc() : MEMBER_EVENT.EVENT_DATE.desc(),
                        ascending ? MEMBER_EVENT.ID.asc() : MEMBER_EVENT.ID.desc());
        return ResultRows.map(query, r -> new MemberEvent(r.longValue(1), r.longValue(2),
                EventType.valueOf(r.text(3)), r.date(4), r.text(5), r.text(6), r.longOrNull(7), r.longOrNull(8),
                r.text(9), null, null, null));
    }

    /** Stores a closed period with all its figures and its ledger. */
    public void insert(PeriodSnapshot s) {
        StatPeriodRecord p = dsl.newRecord(STAT_PERIOD);
        p.setPeriodCode(s.period().toString());
        p.setPeriodStart(s.period().firstDay());
        p.setPeriodEnd(s.period().lastDay());
        p.setClosedAt(LocalDateTime.ofInstant(s.closedAt(), ZoneOffset.UTC));
        p.store();
        long periodId = p.getId();
        List<StatFigureRecord> figures = new ArrayList<>();
        for (StatTable t : s.tables()) {
            List<StatRow> rows = new ArrayList<>(t.rows());
            rows.add(t.total());
            for (int rowNo = 0; rowNo < rows.size(); rowNo++) {
                StatRow row = rows.get(rowNo);
                for (int c = 0; c < t.columns().size(); c++) {
                    StatFigureRecord f = dsl.newRecord(STAT_FIGURE);
                    f.setPeriodId(periodId);
                    f.setTableCode(t.kind().name());
                    f.setRowNo(rowNo);
                    f.setOrgId(row.orgId());
                    f.setRowLabel(row.label());
                    f.setColumnCode(t.columns().get(c).code());
                    f.setFigure(row.figure(c));
                    figures.add(f);
                }
            }
        }
        BulkInsert.insert(dsl, STAT_FIGURE, figures);
        List<StatLedgerRecord> ledger = new ArrayList<>();
        for (LedgerEntry e : s.ledger()) {
            StatLedgerRecord l = dsl.newRecord(STAT_LEDGER);
            l.setPeriodId(periodId);
            l.setMemberId(e.memberId());
            l.setUnitId(e.unitId());
            l.setUnitName(e.unitName());
            l.setChangeKind(e.kind().name());
            l.setEventDate(e.date());
            l.setFullName(e.name());
            l.setSex(e.sex().name());
            l.setIdNumber(e.idNumber());
            l.setCategory(e.category().name());
            l.setDocNo(e.docNo());
            l.setOtherParty(e.otherParty());
            l.setReason(e.reason());
            ledger.add(l);
        }
        BulkInsert.insert(dsl, STAT_LEDGER, ledger);
    }

    /** Codes of the closed periods, oldest end first. */
    public List<StatPeriod> closedPeriods() {
        return dsl.select(STAT_PERIOD.PERIOD_CODE).from(STAT_PERIOD)
                .orderBy(STAT_PERIOD.PERIOD_END, STAT_PERIOD.PERIOD_START.desc())
                .fetch(r -> StatPeriod.parse(r.value1()));
    }

    /**
     * A closed period as stored. Its tables carry only the column codes (in stored order); the statistics code
     * knows their headers.
     */
    public Optional<PeriodSnapshot> find(StatPeriod period) {
        StatPeriodRecord p = dsl.selectFrom(STAT_PERIOD).where(STAT_PERIOD.PERIOD_CODE.eq(period.toString()))
                .fetchOne();
        if (p == null) {
            return Optional.empty();
        }
        Map<String, List<StatFigureRecord>> byTable = new LinkedHashMap<>();
        for (StatFigureRecord f : dsl.selectFrom(STAT_FIGURE).where(STAT_FIGURE.PERIOD_ID.eq(p.getId()))
                .orderBy(STAT_FIGURE.ID).fetch()) {
            byTable.computeIfAbsent(f.getTableCode(), k -> new ArrayList<>()).add(f);
        }
        List<StatTable> tables = new ArrayList<>();
        byTable.forEach((code, figures) -> tables.add(toTable(TableKind.valueOf(code), figures)));
        List<LedgerEntry> ledger = dsl.selectFrom(STAT_LEDGER).where(STAT_LEDGER.PERIOD_ID.eq(p.getId()))
                .orderBy(STAT_LEDGER.ID)
                .fetch(l -> new LedgerEntry(l.getMemberId(), l.getUnitId(), l.getUnitName(),
                        ChangeKind.valueOf(l.getChangeKind()), l.getEventDate(), l.getFullName(),
                        Sex.valueOf(l.getSex()), l.getIdNumber(), MemberCategory.valueOf(l.getCategory()),
                        l.getDocNo(), l.getOtherParty(), l.getReason()));
        Instant closedAt = p.getClosedAt().toInstant(ZoneOffset.UTC);
        return Optional.of(new PeriodSnapshot(period, closedAt, tables, ledger));
    }

    private static StatTable toTable(TableKind kind, List<StatFigureRecord> figures) {
        List<String> codes = new ArrayList<>();
        Map<Integer, List<StatFigureRecord>> byRow = new LinkedHashMap<>();
        for (StatFigureRecord f : figures) {
            if (!codes.contains(f.getColumnCode())) {
                codes.add(f.getColumnCode());
            }
            byRow.computeIfAbsent(f.getRowNo(), k -> new ArrayList<>()).add(f);
        }
        List<StatRow> rows = new ArrayList<>();
        for (List<StatFigureRecord> cells : byRow.values()) {
            int[] values = new int[codes.size()];
            for (StatFigureRecord f : cells) {
                values[codes.indexOf(f.getColumnCode())] = f.getFigure();
            }
            rows.add(new StatRow(cells.get(0).getOrgId(), cells.get(0).getRowLabel(), values));
        }
        StatRow total = rows.remove(rows.size() - 1);
        return new StatTable(kind, codes.stream().map(c -> new StatColumn(c, null, null)).toList(), rows, total);
    }
}
