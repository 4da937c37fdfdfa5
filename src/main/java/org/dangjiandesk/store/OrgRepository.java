package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.ORG_UNIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.model.OrgStatus;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.UnitSituation;
import org.dangjiandesk.store.jooq.tables.records.OrgUnitRecord;
import org.jooq.DSLContext;

/** Organisations of the formal tree. Rows are never deleted: dissolving sets a status. */
public final class OrgRepository {
    private final DSLContext dsl;

    OrgRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The whole tree (read at every start), in sort order. */
    public List<OrgUnit> findAll() {
        return ResultRows.map(dsl.select(TREE_FIELDS).from(ORG_UNIT).orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.ID),
                OrgRepository::toModel);
    }

    /** The columns of {@link #toModel(ResultRows)}, in its order. */
    private static final org.jooq.SelectField<?>[] TREE_FIELDS = {
        ORG_UNIT.ID, ORG_UNIT.PARENT_ID, ORG_UNIT.ORG_TYPE, ORG_UNIT.FULL_NAME, ORG_UNIT.SHORT_NAME, ORG_UNIT.ORG_CODE,
        ORG_UNIT.FOUNDED_ON, ORG_UNIT.FOUNDING_DOC_NO, ORG_UNIT.SECRETARY_NAME, ORG_UNIT.CONTACT_NAME,
        ORG_UNIT.CONTACT_PHONE, ORG_UNIT.UNIT_SITUATION, ORG_UNIT.ADMIN_AREA, ORG_UNIT.MAY_APPROVE_PROBATIONARY,
        ORG_UNIT.HAS_COMMITTEE, ORG_UNIT.TERM_START, ORG_UNIT.TERM_END, ORG_UNIT.ORG_STATUS, ORG_UNIT.DISSOLVED_ON,
        ORG_UNIT.DISSOLVED_REASON, ORG_UNIT.PLACE_ID, ORG_UNIT.SORT_ORDER, ORG_UNIT.ROW_VERSION
    };

    private static OrgUnit toModel(ResultRows r) throws java.sql.SQLException {
        return new OrgUnit(r.longValue(1), r.longOrNull(2), r.enumOrNull(3, OrgType.class), r.text(4), r.text(5),
                r.text(6), r.date(7), r.text(8), r.text(9), r.text(10), r.text(11),
                r.enumOrNull(12, UnitSituation.class), r.text(13), r.flag(14), r.flag(15), r.date(16), r.date(17),
                r.enumOrNull(18, OrgStatus.class), r.date(19), r.text(20), r.longOrNull(21), r.intValue(22),
                r.intValue(23));
    }

    public int count() {
        return dsl.fetchCount(ORG_UNIT);
    }

    public Optional<OrgUnit> findById(long id) {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id)).fetchOptional(OrgRepository::toModel);
    }

    /** Inserts a new organisation and returns it with its id. */
    public OrgUnit insert(OrgUnit org) {
        OrgUnitRecord r = dsl.newRecord(ORG_UNIT);
        fill(r, org);
        r.setRowVersion(0);
        r.store();
        return toModel(r);
    }

    /** Inserts many organisations (sample data, imports) and returns them with their ids, in the same order. */
    public List<OrgUnit> insertAll(List<OrgUnit> orgs) {
        List<OrgUnitRecord> records = new ArrayList<>(orgs.size());
        for (OrgUnit o : orgs) {
            OrgUnitRecord r = dsl.newRecord(ORG_UNIT);
            fill(r, o);
            r.setRowVersion(0);
            records.add(r);
        }
        List<Long> ids = BulkInsert.insertReturningIds(dsl, ORG_UNIT, ORG_UNIT.ID, records);
        List<OrgUnit> saved = new ArrayList<>(orgs.size());
        for (int i = 0; i < orgs.size(); i++) {
            saved.add(orgs.get(i).withId(ids.get(i)));
        }
        return saved;
    }

    /**
     * Updates an organisation if nobody changed it since it was read ({@code org.version()} matches).
     *
     * @throws StoreException with {@link StoreException.Reason#STALE_DATA} otherwise
     */
    public OrgUnit update(OrgUnit org) {
        OrgUnitRecord r = dsl.newRecord(ORG_UNIT);
        fill(r, org);
        r.setId(org.id());
        r.setRowVersion(org.version() + 1);
        int n = dsl.update(ORG_UNIT).set(r)
                .where(ORG_UNIT.ID.eq(org.id()).and(ORG_UNIT.ROW_VERSION.eq(org.version())))
                .execute();
        if (n != 1) {
            throw new StoreException(StoreException.Reason.STALE_DATA, "organisation changed or removed: " + org.id());
        }
        return toModel(r);
    }

    public Map<OrgType, Integer> countActiveByType() {
        return dsl.select(ORG_UNIT.ORG_TYPE, org.jooq.impl.DSL.count())
                .from(ORG_UNIT)
                .where(ORG_UNIT.ORG_STATUS.eq(OrgStatus.ACTIVE.name()))
                .groupBy(ORG_UNIT.ORG_TYPE)
                .fetchMap(rec -> OrgType.valueOf(rec.value1()), rec -> rec.value2());
    }

    private static void fill(OrgUnitRecord r, OrgUnit o) {
        r.setParentId(o.parentId());
        r.setOrgType(o.type().name());
        r.setFullName(o.fullName());
        r.setShortName(o.shortName());
        r.setOrgCode(o.orgCode());
        r.setFoundedOn(o.foundedOn());
        r.setFoundingDocNo(o.foundingDocNo());
        r.setSecretaryName(o.secretaryName());
        r.setContactName(o.contactName());
        r.setContactPhone(o.contactPhone());
        r.setUnitSituation(o.unitSituation() == null ? null : o.unitSituation().name());
        r.setAdminArea(o.adminArea());
        r.setMayApproveProbationary(o.mayApproveProbationary());
        r.setHasCommittee(o.hasCommittee());
        r.setTermStart(o.termStart());
        r.setTermEnd(o.termEnd());
        r.setOrgStatus(o.status().name());
        r.setDissolvedOn(o.dissolvedOn());
        r.setDissolvedReason(o.dissolvedReason());
        r.setPlaceId(o.placeId());
        r.setSortOrder(o.sortOrder());
    }

    static OrgUnit toModel(OrgUnitRecord r) {
        return new OrgUnit(r.getId(), r.getParentId(), OrgType.valueOf(r.getOrgType()), r.getFullName(),
                r.getShortName(), r.getOrgCode(), r.getFoundedOn(), r.getFoundingDocNo(), r.getSecretaryName(),
                r.getContactName(), r.getContactPhone(),
                r.getUnitSituation() == null ? null : UnitSituation.valueOf(r.getUnitSituation()),
                r.getAdminArea(), r.getMayApproveProbationary(), r.getHasCommittee(), r.getTermStart(),
                r.getTermEnd(), OrgStatus.valueOf(r.getOrgStatus()), r.getDissolvedOn(), r.getDissolvedReason(),
                r.getPlaceId(), r.getSortOrder(), r.getRowVersion());
    }
}
