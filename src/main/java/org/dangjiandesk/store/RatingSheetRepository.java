package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.ORG_UNIT;
import static org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER;
import static org.dangjiandesk.store.jooq.Tables.RATING_RESULT;
import static org.dangjiandesk.store.jooq.Tables.RATING_SCORE;
import static org.dangjiandesk.store.jooq.Tables.RATING_SHEET;
import static org.dangjiandesk.store.jooq.Tables.RATING_SHEET_LOG;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.model.MemberRating;
import org.dangjiandesk.model.MemberScores;
import org.dangjiandesk.model.NamedRating;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatedMember;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.RatingSheet;
import org.dangjiandesk.model.SheetLogEntry;
import org.dangjiandesk.model.SheetState;
import org.dangjiandesk.model.StarCount;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.store.jooq.tables.records.RatingResultRecord;
import org.dangjiandesk.store.jooq.tables.records.RatingScoreRecord;
import org.dangjiandesk.store.jooq.tables.records.RatingSheetRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Quarterly assessments: the sheet and its workflow log, the typed scores and the computed results. */
public final class RatingSheetRepository {
    private final DSLContext dsl;

    RatingSheetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<RatingSheet> find(long orgId, Quarter quarter) {
        return dsl.selectFrom(RATING_SHEET)
                .where(RATING_SHEET.ORG_ID.eq(orgId).and(RATING_SHEET.PERIOD.eq(quarter.toString())))
                .fetchOptional(RatingSheetRepository::toModel);
    }

    public Optional<RatingSheet> findById(long id) {
        return dsl.selectFrom(RATING_SHEET).where(RATING_SHEET.ID.eq(id)).fetchOptional(RatingSheetRepository::toModel);
    }

    public RatingSheet insert(long orgId, Quarter quarter, long schemeId) {
        return insert(orgId, quarter, schemeId, SheetState.DRAFT);
    }

    /** Inserts a sheet already in a state (sample data: past quarters arrive approved). */
    public RatingSheet insert(long orgId, Quarter quarter, long schemeId, SheetState state) {
        RatingSheetRecord r = dsl.newRecord(RATING_SHEET);
        r.setOrgId(orgId);
        r.setPeriod(quarter.toString());
        r.setSchemeId(schemeId);
        r.setSheetState(state.name());
        r.setRowVersion(0);
        r.store();
        return toModel(r);
    }

    /**
     * Moves a sheet to a new state if nobody changed it since it was read.
     *
     * @throws StoreException STALE_DATA when the stored version differs
     */
    public RatingSheet updateState(RatingSheet s, SheetState to) {
        int n = dsl.update(RATING_SHEET)
                .set(RATING_SHEET.SHEET_STATE, to.name())
                .set(RATING_SHEET.ROW_VERSION, s.version() + 1)
                .where(RATING_SHEET.ID.eq(s.id()).and(RATING_SHEET.ROW_VERSION.eq(s.version())))
                .execute();
        if (n != 1) {
            throw new StoreException(StoreException.Reason.STALE_DATA, "assessment changed: " + s.id());
        }
        return new RatingSheet(s.id(), s.orgId(), s.quarter(), s.schemeId(), to, s.version() + 1);
    }

    public void log(SheetLogEntry e) {
        dsl.insertInto(RATING_SHEET_LOG)
                .set(RATING_SHEET_LOG.SHEET_ID, e.sheetId())
                .set(RATING_SHEET_LOG.FROM_STATE, e.from().name())
                .set(RATING_SHEET_LOG.TO_STATE, e.to().name())
                .set(RATING_SHEET_LOG.ACTOR, e.actor())
                .set(RATING_SHEET_LOG.REASON, e.reason())
                .set(RATING_SHEET_LOG.LOGGED_AT, LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                .execute();
    }

    /** The workflow steps of a sheet, oldest first. */
    public List<SheetLogEntry> logOf(long sheetId) {
        return dsl.selectFrom(RATING_SHEET_LOG).where(RATING_SHEET_LOG.SHEET_ID.eq(sheetId))
                .orderBy(RATING_SHEET_LOG.ID)
                .fetch(r -> new SheetLogEntry(r.getSheetId(), SheetState.valueOf(r.getFromState()),
                        SheetState.valueOf(r.getToState()), r.getActor(), r.getReason(),
                        r.getLoggedAt().toInstant(ZoneOffset.UTC)));
    }

    /** The typed scores of a sheet per member (exempt members are in the map with what they have). */
    public Map<Long, MemberScores> scores(long sheetId) {
        Map<Long, Map<String, BigDecimal>> points = new LinkedHashMap<>();
        for (RatingScoreRecord r : dsl.selectFrom(RATING_SCORE).where(RATING_SCORE.SHEET_ID.eq(sheetId)).fetch()) {
            points.computeIfAbsent(r.getMemberId(), k -> new HashMap<>()).put(r.getDimensionCode(), r.getPoints());
        }
        Map<Long, Boolean> exempt = new HashMap<>();
        dsl.select(RATING_RESULT.MEMBER_ID, RATING_RESULT.EXEMPT).from(RATING_RESULT)
                .where(RATING_RESULT.SHEET_ID.eq(sheetId))
                .forEach(r -> exempt.put(r.value1(), r.value2()));
        Map<Long, MemberScores> out = new LinkedHashMap<>();
        for (Long id : exempt.keySet()) {
            points.putIfAbsent(id, Map.of());
        }
        points.forEach((id, p) -> out.put(id, new MemberScores(id, p, exempt.getOrDefault(id, false))));
        return out;
    }

    /** Replaces one member's scores and result on a sheet. */
    public void saveMember(long sheetId, MemberScores scores, MemberRating result) {
        dsl.deleteFrom(RATING_SCORE)
                .where(RATING_SCORE.SHEET_ID.eq(sheetId).and(RATING_SCORE.MEMBER_ID.eq(scores.memberId())))
                .execute();
        dsl.deleteFrom(RATING_RESULT)
                .where(RATING_RESULT.SHEET_ID.eq(sheetId).and(RATING_RESULT.MEMBER_ID.eq(scores.memberId())))
                .execute();
        insertAll(sheetId, List.of(scores), List.of(result));
    }

    /** Inserts the scores and results of many members of one new sheet (sample data, bulk entry). */
    public void insertAll(long sheetId, List<MemberScores> scores, List<MemberRating> results) {
        insertAll(Map.of(sheetId, scores), Map.of(sheetId, results));
    }

    /** Inserts scores and results of many new sheets at once, keyed by sheet id (sample data). */
    public void insertAll(Map<Long, List<MemberScores>> scoresBySheet, Map<Long, List<MemberRating>> resultsBySheet) {
        List<RatingScoreRecord> scoreRecords = new ArrayList<>();
        scoresBySheet.forEach((sheetId, scores) -> {
            for (MemberScores s : scores) {
                s.points().forEach((code, p) -> {
                    RatingScoreRecord r = dsl.newRecord(RATING_SCORE);
                    r.setSheetId(sheetId);
                    r.setMemberId(s.memberId());
                    r.setDimensionCode(code);
                    r.setPoints(p);
                    scoreRecords.add(r);
                });
            }
        });
        BulkInsert.insert(dsl, RATING_SCORE, scoreRecords);
        List<RatingResultRecord> resultRecords = new ArrayList<>();
        resultsBySheet.forEach((sheetId, results) -> {
            for (MemberRating m : results) {
                RatingResultRecord r = dsl.newRecord(RATING_RESULT);
                r.setSheetId(sheetId);
                r.setMemberId(m.memberId());
                r.setOrgId(m.orgId());
                r.setPeriod(m.quarter().toString());
                r.setExempt(m.exempt());
                r.setBasePoints(m.base());
                r.setBonusPoints(m.ledger());
                r.setTotalPoints(m.total());
                r.setStar(m.star() == null ? null : m.star().stars());
                resultRecords.add(r);
            }
        });
        BulkInsert.insert(dsl, RATING_RESULT, resultRecords);
    }

    public List<MemberRating> results(long sheetId) {
        return dsl.selectFrom(RATING_RESULT).where(RATING_RESULT.SHEET_ID.eq(sheetId))
                .fetch(RatingSheetRepository::toRating);
    }

    /** Results of some members over a range of quarters (quarters compare as text: 2026Q1 < 2026Q2 < 2027Q1). */
    public List<MemberRating> resultsOf(Collection<Long> memberIds, Quarter from, Quarter to) {
        return dsl.selectFrom(RATING_RESULT)
                .where(RATING_RESULT.MEMBER_ID.in(memberIds))
                .and(RATING_RESULT.PERIOD.between(from.toString(), to.toString()))
                .fetch(RatingSheetRepository::toRating);
    }

    /** Rated members below {@code star} in a quarter with their names, lowest total first (one joined query). */
    public List<NamedRating> below(Quarter quarter, StarLevel star) {
        return dsl.select(RATING_RESULT.fields()).select(PARTY_MEMBER.FULL_NAME)
                .from(RATING_RESULT).join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(RATING_RESULT.MEMBER_ID))
                .where(RATING_RESULT.PERIOD.eq(quarter.toString()))
                .and(RATING_RESULT.STAR.lt(star.stars()))
                .orderBy(RATING_RESULT.TOTAL_POINTS, RATING_RESULT.MEMBER_ID)
                .fetch(r -> new NamedRating(toRating(r.into(RATING_RESULT)), r.get(PARTY_MEMBER.FULL_NAME)));
    }

    /** The branch and the 党小组 directly below it: members registered in either are rated on its sheet. */
    public java.util.Set<Long> branchAndGroups(long branchId) {
        java.util.Set<Long> ids = new java.util.HashSet<>(dsl.select(ORG_UNIT.ID).from(ORG_UNIT)
                .where(ORG_UNIT.PARENT_ID.eq(branchId).and(ORG_UNIT.ORG_TYPE.eq(OrgType.GROUP.name())))
                .fetch(ORG_UNIT.ID));
        ids.add(branchId);
        return ids;
    }

    /** Members per organisation and star in a quarter: one GROUP BY over the results, nothing loaded per member. */
    public List<StarCount> distribution(Quarter quarter) {
        var count = DSL.count();
        return dsl.select(RATING_RESULT.ORG_ID, RATING_RESULT.STAR, count)
                .from(RATING_RESULT)
                .where(RATING_RESULT.PERIOD.eq(quarter.toString()))
                .groupBy(RATING_RESULT.ORG_ID, RATING_RESULT.STAR)
                .fetch(r -> new StarCount(r.value1(), r.value2() == null ? null : StarLevel.ofStars(r.value2()),
                        r.value3()));
    }

    /** The sheets of a quarter. */
    public List<RatingSheet> sheetsOf(Quarter quarter) {
        return dsl.selectFrom(RATING_SHEET).where(RATING_SHEET.PERIOD.eq(quarter.toString()))
                .fetch(RatingSheetRepository::toModel);
    }

    /**
     * Current members registered in any of these organisations, in roster order (姓氏笔画). Sorted here rather
     * than in SQL: with an ORDER BY the database may walk the roster-order index over every member instead of
     * looking the few organisations up.
     */
    public List<RatedMember> currentMembersOf(Collection<Long> orgIds) {
        return sorted(dsl.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.ORG_ID,
                        PARTY_MEMBER.FRAIL_EXEMPT, PARTY_MEMBER.NAME_SORT_KEY)
                .from(PARTY_MEMBER)
                .where(PARTY_MEMBER.ORG_ID.in(orgIds))
                .and(PARTY_MEMBER.ROSTER_STATE.eq(RosterState.CURRENT.name()))
                .fetch());
    }

    /** Every current member, grouped by the organisation registered in, each group in roster order. */
    public Map<Long, List<RatedMember>> currentMembersByOrg() {
        Map<Long, List<RatedMember>> out = new HashMap<>();
        for (RatedMember m : sorted(dsl.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.ORG_ID,
                        PARTY_MEMBER.FRAIL_EXEMPT, PARTY_MEMBER.NAME_SORT_KEY)
                .from(PARTY_MEMBER)
                .where(PARTY_MEMBER.ROSTER_STATE.eq(RosterState.CURRENT.name()))
                .fetch())) {
            out.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    private static List<RatedMember> sorted(org.jooq.Result<org.jooq.Record5<Long, String, Long, Boolean, String>> rows) {
        List<org.jooq.Record5<Long, String, Long, Boolean, String>> list = new ArrayList<>(rows);
        list.sort(java.util.Comparator.comparing((org.jooq.Record5<Long, String, Long, Boolean, String> r) -> r.value5())
                .thenComparing(r -> r.value1()));
        List<RatedMember> out = new ArrayList<>(list.size());
        for (var r : list) {
            out.add(new RatedMember(r.value1(), r.value2(), r.value3(), r.value4()));
        }
        return out;
    }

    /** Names of members by id. */
    public Map<Long, String> names(Collection<Long> memberIds) {
        return dsl.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.ID.in(memberIds))
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private static MemberRating toRating(RatingResultRecord r) {
        return new MemberRating(r.getMemberId(), r.getOrgId(), Quarter.parse(r.getPeriod()), r.getExempt(),
                r.getBasePoints(), r.getBonusPoints(), r.getTotalPoints(),
                r.getStar() == null ? null : StarLevel.ofStars(r.getStar()));
    }

    private static RatingSheet toModel(Record rec) {
        RatingSheetRecord r = rec.into(RATING_SHEET);
        return new RatingSheet(r.getId(), r.getOrgId(), Quarter.parse(r.getPeriod()), r.getSchemeId(),
                SheetState.valueOf(r.getSheetState()), r.getRowVersion());
    }
}
