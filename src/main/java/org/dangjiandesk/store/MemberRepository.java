package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.NameKeys;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.store.jooq.tables.records.PartyMemberRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** The roster. Members are never deleted; leaving sets {@code roster_state}. */
public final class MemberRepository {
    private final DSLContext dsl;

    MemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Member> findById(long id) {
        return dsl.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(id)).fetchOptional(MemberRepository::toModel);
    }

    public Optional<Member> findByIdNumber(String idNumber) {
        return dsl.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.ID_NUMBER.eq(idNumber))
                .fetchOptional(MemberRepository::toModel);
    }

    /** Members with any of these identity numbers (at most a few thousand per call). */
    public List<Member> findByIdNumbers(java.util.Collection<String> idNumbers) {
        return dsl.selectFrom(PARTY_MEMBER).where(PARTY_MEMBER.ID_NUMBER.in(idNumbers)).fetch(MemberRepository::toModel);
    }

    /**
     * Streams every member in roster order (姓氏笔画) to {@code sink} without holding them all in memory, for
     * exports of any size.
     */
    public void forEachInRosterOrder(java.util.function.Consumer<Member> sink) {
        boolean h2 = dsl.dialect().family() == SQLDialect.H2;
        if (h2) {
            // H2 otherwise materialises the whole result first (beyond 40,000 rows in a temporary file, which made
            // a 100,000-member export a third slower); lazily it streams along the roster-order index
            dsl.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try (var cursor = dsl.selectFrom(PARTY_MEMBER).orderBy(PARTY_MEMBER.NAME_SORT_KEY, PARTY_MEMBER.ID)
                .fetchSize(1000).fetchLazy()) {
            for (PartyMemberRecord r : cursor) {
                sink.accept(toModel(r));
            }
        } finally {
            if (h2) {
                dsl.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    /** Inserts a member and returns it with its id. */
    public Member insert(Member m, NameKeys keys) {
        PartyMemberRecord r = dsl.newRecord(PARTY_MEMBER);
        fill(r, m, keys);
        r.setRowVersion(0);
        try {
            r.store();
        } catch (IntegrityConstraintViolationException e) {
            throw duplicateOrRethrow(e);
        }
        return toModel(r);
    }

    /** Inserts many members in batches (sample data, imports) and returns their ids in the same order. */
    public List<Long> insertAll(List<Member> members, List<NameKeys> keys) {
        List<PartyMemberRecord> records = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            PartyMemberRecord r = dsl.newRecord(PARTY_MEMBER);
            fill(r, members.get(i), keys.get(i));
            r.setRowVersion(0);
            records.add(r);
        }
        try {
            BulkInsert.insert(dsl, PARTY_MEMBER, records);
        } catch (IntegrityConstraintViolationException e) {
            throw duplicateOrRethrow(e);
        }
        // look up only this call's rows: fetching the whole table per batch made large imports quadratic
        Map<String, Long> ids = new HashMap<>(members.size() * 2);
        for (int from = 0; from < members.size(); from += 1000) {
            List<String> idNumbers = members.subList(from, Math.min(members.size(), from + 1000)).stream()
                    .map(Member::idNumber).toList();
            ids.putAll(dsl.select(PARTY_MEMBER.ID_NUMBER, PARTY_MEMBER.ID).from(PARTY_MEMBER)
                    .where(PARTY_MEMBER.ID_NUMBER.in(idNumbers))
                    .fetchMap(PARTY_MEMBER.ID_NUMBER, PARTY_MEMBER.ID));
        }
        List<Long> result = new ArrayList<>(members.size());
        for (Member m : members) {
            result.add(ids.get(m.idNumber()));
        }
        return result;
    }

    /**
     * Updates a member if nobody changed it since it was read, and returns it with its new version.
     *
     * @throws StoreException STALE_DATA when the stored version differs
     */
    public Member update(Member m, NameKeys keys) {
        PartyMemberRecord r = dsl.newRecord(PARTY_MEMBER);
        fill(r, m, keys);
        r.setId(m.id());
        r.setRowVersion(m.version() + 1);
        int n;
        try {
            n = dsl.update(PARTY_MEMBER).set(r)
                    .where(PARTY_MEMBER.ID.eq(m.id()).and(PARTY_MEMBER.ROW_VERSION.eq(m.version())))
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw duplicateOrRethrow(e);
        }
        if (n != 1) {
            throw new StoreException(StoreException.Reason.STALE_DATA, "member changed by someone else: " + m.id());
        }
        return toModel(r);
    }

    /**
     * Slim rows for every member (current and departed), in 姓氏笔画 order. The rows are read in table order and
     * sorted here: following the roster-order index would fetch every row's page out of order, and on the
     * encrypted file each page fetched again is decrypted again (100,000 members: about 3 times slower).
     */
    public List<RosterEntry> rosterEntries() {
        List<RosterEntry> entries = new ArrayList<>(ResultRows.map(dsl.select(ENTRY_FIELDS).from(PARTY_MEMBER)
                .orderBy(PARTY_MEMBER.ID), MemberRepository::toEntry));
        entries.sort(ROSTER_ORDER);
        return entries;
    }

    /** The order of {@code ORDER BY name_sort_key, id} (the key holds only ASCII digits and letters). */
    static final java.util.Comparator<RosterEntry> ROSTER_ORDER = java.util.Comparator
            .comparing((RosterEntry e) -> e.nameKeys().strokeSortKey()).thenComparingLong(RosterEntry::id);

    /** The first rows of the roster in 姓氏笔画 order, read along the roster-order index (fast at any size). */
    public List<RosterEntry> firstRosterEntries(int limit) {
        return ResultRows.map(dsl.select(ENTRY_FIELDS).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.ROSTER_STATE.eq(RosterState.CURRENT.name()))
                .orderBy(PARTY_MEMBER.NAME_SORT_KEY, PARTY_MEMBER.ID)
                .limit(limit), MemberRepository::toEntry);
    }

    public Optional<RosterEntry> rosterEntry(long id) {
        return ResultRows.map(dsl.select(ENTRY_FIELDS).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(id)),
                MemberRepository::toEntry).stream().findFirst();
    }

    /** Current members registered directly in an organisation. */
    public int countCurrentIn(long orgId) {
        return dsl.fetchCount(PARTY_MEMBER, PARTY_MEMBER.ORG_ID.eq(orgId)
                .and(PARTY_MEMBER.ROSTER_STATE.eq(RosterState.CURRENT.name())));
    }

    /** Counts of current members by category, and of members who left. */
    public MemberCounts counts() {
        Map<MemberCategory, Integer> current = new EnumMap<>(MemberCategory.class);
        int left = 0;
        for (var rec : dsl.select(PARTY_MEMBER.ROSTER_STATE, PARTY_MEMBER.CATEGORY, DSL.count())
                .from(PARTY_MEMBER).groupBy(PARTY_MEMBER.ROSTER_STATE, PARTY_MEMBER.CATEGORY).fetch()) {
            if (RosterState.valueOf(rec.value1()) == RosterState.CURRENT) {
                current.merge(MemberCategory.valueOf(rec.value2()), rec.value3(), Integer::sum);
            } else {
                left += rec.value3();
            }
        }
        return new MemberCounts(current.getOrDefault(MemberCategory.FULL, 0),
                current.getOrDefault(MemberCategory.PROBATIONARY, 0), left);
    }

    /** Member counts as stored. */
    public record MemberCounts(int currentFull, int currentProbationary, int left) {
        public int current() {
            return currentFull + currentProbationary;
        }
    }

    private static StoreException duplicateOrRethrow(IntegrityConstraintViolationException e) {
        String msg = String.valueOf(e.getMessage()).toUpperCase(java.util.Locale.ROOT);
        if (msg.contains("UQ_MEMBER_ID_NUMBER")) {
            return new StoreException(StoreException.Reason.DUPLICATE_ID_NUMBER, "identity number already on the roster", e);
        }
        return new StoreException(StoreException.Reason.OTHER, "constraint violated", e);
    }

    private static final org.jooq.SelectField<?>[] ENTRY_FIELDS = {
        PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.SEX, PARTY_MEMBER.ID_NUMBER, PARTY_MEMBER.BIRTH_DATE,
        PARTY_MEMBER.ETHNICITY_CODE, PARTY_MEMBER.EDUCATION_CODE, PARTY_MEMBER.CATEGORY, PARTY_MEMBER.ORG_ID,
        PARTY_MEMBER.JOINED_ON, PARTY_MEMBER.MOBILE_PHONE, PARTY_MEMBER.PARTY_STATUS, PARTY_MEMBER.LOST_CONTACT,
        PARTY_MEMBER.FLOATING, PARTY_MEMBER.HARDSHIP, PARTY_MEMBER.IN_SERVICE_REPORTED, PARTY_MEMBER.HOUSEHOLD_HEAD,
        PARTY_MEMBER.ROSTER_STATE, PARTY_MEMBER.PINYIN_INITIALS, PARTY_MEMBER.PINYIN_FULL, PARTY_MEMBER.NAME_SORT_KEY
    };

    /** Reads a row of {@link #ENTRY_FIELDS}, in their order. */
    private static RosterEntry toEntry(ResultRows r) throws java.sql.SQLException {
        return new RosterEntry(r.longValue(1), r.text(2), r.enumOrNull(3, Sex.class), r.text(4), r.date(5), r.text(6),
                r.text(7), r.enumOrNull(8, MemberCategory.class), r.longValue(9), r.date(10), r.text(11),
                r.enumOrNull(12, PartyStatus.class), r.flag(13), r.flag(14), r.flag(15), r.flag(16), r.flag(17),
                r.enumOrNull(18, RosterState.class), new NameKeys(r.text(19), r.text(20), r.text(21)));
    }

    private static void fill(PartyMemberRecord r, Member m, NameKeys k) {
        r.setFullName(m.name());
        r.setSex(m.sex().name());
        r.setEthnicityCode(m.ethnicityCode());
        r.setIdNumber(m.idNumber());
        r.setBirthDate(m.birthDate());
        r.setEducationCode(m.educationCode());
        r.setCategory(m.category().name());
        r.setOrgId(m.orgId());
        r.setJoinedOn(m.joinedOn());
        r.setFullMemberOn(m.fullMemberOn());
        r.setJobPostCode(m.jobPostCode());
        r.setMobilePhone(m.mobilePhone());
        r.setLandlinePhone(m.landlinePhone());
        r.setHomeAddress(m.homeAddress());
        r.setPartyStatus(m.partyStatus().name());
        r.setLostContact(m.lostContact());
        r.setLostContactSince(m.lostContactSince());
        r.setFloating(m.floating());
        r.setFloatingDestination(m.floatingDestination());
        r.setNativePlace(m.nativePlace());
        r.setDegree(m.degree());
        r.setPartyPost(m.partyPost());
        r.setWorkStartedOn(m.workStartedOn());
        r.setHouseholdRegister(m.householdRegister());
        r.setResidence(m.residence());
        r.setDuesStandard(m.duesStandard());
        r.setDuesPaidUntil(m.duesPaidUntil());
        r.setHardship(m.hardship());
        r.setVolunteer(m.volunteer());
        r.setVeteran(m.veteran());
        r.setFrailExempt(m.frailExempt());
        r.setInServiceReported(m.inServiceReported());
        r.setReportCommunityId(m.reportCommunityId());
        r.setReportedOn(m.reportedOn());
        r.setOriginalEmployer(m.originalEmployer());
        r.setPlaceId(m.placeId());
        r.setHouseholdHead(m.householdHead());
        r.setRosterState(m.rosterState().name());
        r.setLeftOn(m.leftOn());
        r.setLeftReason(m.leftReason() == null ? null : m.leftReason().name());
        r.setPinyinInitials(k.pinyinInitials());
        r.setPinyinFull(k.pinyinFull());
        r.setNameSortKey(k.strokeSortKey());
    }

    private static Member toModel(PartyMemberRecord r) {
        return Member.builder()
                .id(r.getId()).version(r.getRowVersion())
                .name(r.getFullName()).sex(Sex.valueOf(r.getSex())).ethnicityCode(r.getEthnicityCode())
                .idNumber(r.getIdNumber()).birthDate(r.getBirthDate()).educationCode(r.getEducationCode())
                .category(MemberCategory.valueOf(r.getCategory())).orgId(r.getOrgId())
                .joinedOn(r.getJoinedOn()).fullMemberOn(r.getFullMemberOn()).jobPostCode(r.getJobPostCode())
                .mobilePhone(r.getMobilePhone()).landlinePhone(r.getLandlinePhone()).homeAddress(r.getHomeAddress())
                .partyStatus(PartyStatus.valueOf(r.getPartyStatus()))
                .lostContact(r.getLostContact()).lostContactSince(r.getLostContactSince())
                .floating(r.getFloating()).floatingDestination(r.getFloatingDestination())
                .nativePlace(r.getNativePlace()).degree(r.getDegree()).partyPost(r.getPartyPost())
                .workStartedOn(r.getWorkStartedOn()).householdRegister(r.getHouseholdRegister())
                .residence(r.getResidence()).duesStandard(r.getDuesStandard()).duesPaidUntil(r.getDuesPaidUntil())
                .hardship(r.getHardship()).volunteer(r.getVolunteer()).veteran(r.getVeteran())
                .frailExempt(r.getFrailExempt()).inServiceReported(r.getInServiceReported())
                .reportCommunityId(r.getReportCommunityId()).reportedOn(r.getReportedOn())
                .originalEmployer(r.getOriginalEmployer()).placeId(r.getPlaceId())
                .householdHead(r.getHouseholdHead())
                .rosterState(RosterState.valueOf(r.getRosterState())).leftOn(r.getLeftOn())
                .leftReason(r.getLeftReason() == null ? null : LeaveReason.valueOf(r.getLeftReason()))
                .build();
    }
}
