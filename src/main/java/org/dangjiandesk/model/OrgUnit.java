package org.dangjiandesk.model;

import java.time.LocalDate;

/**
 * One party organisation with the fields of the national organisation form. Member counts are derived from the
 * roster, never stored here. {@code id} is null for an organisation not yet saved; {@code version} is the
 * optimistic-lock counter.
 */
public record OrgUnit(
        Long id,
        Long parentId,
        OrgType type,
        String fullName,
        String shortName,
        String orgCode,
        LocalDate foundedOn,
        String foundingDocNo,
        String secretaryName,
        String contactName,
        String contactPhone,
        UnitSituation unitSituation,
        String adminArea,
        boolean mayApproveProbationary,
        boolean hasCommittee,
        LocalDate termStart,
        LocalDate termEnd,
        OrgStatus status,
        LocalDate dissolvedOn,
        String dissolvedReason,
        Long placeId,
        int sortOrder,
        int version) {

    /** A new active organisation with only the required fields set. */
    public static OrgUnit create(Long parentId, OrgType type, String fullName) {
        return new OrgUnit(null, parentId, type, fullName, null, null, null, null, null, null, null,
                UnitSituation.SAME_AS_PARENT, null, false, false, null, null, OrgStatus.ACTIVE, null, null, null, 0, 0);
    }

    /** The short name when there is one, otherwise the full name. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : fullName;
    }

    public boolean isActive() {
        return status == OrgStatus.ACTIVE;
    }

    public OrgUnit withId(Long newId) {
        return new OrgUnit(newId, parentId, type, fullName, shortName, orgCode, foundedOn, foundingDocNo,
                secretaryName, contactName, contactPhone, unitSituation, adminArea, mayApproveProbationary,
                hasCommittee, termStart, termEnd, status, dissolvedOn, dissolvedReason, placeId, sortOrder, version);
    }

    public OrgUnit withParent(Long newParentId) {
        return new OrgUnit(id, newParentId, type, fullName, shortName, orgCode, foundedOn, foundingDocNo,
                secretaryName, contactName, contactPhone, unitSituation, adminArea, mayApproveProbationary,
                hasCommittee, termStart, termEnd, status, dissolvedOn, dissolvedReason, placeId, sortOrder, version);
    }

    public OrgUnit dissolved(LocalDate on, String reason) {
        return new OrgUnit(id, parentId, type, fullName, shortName, orgCode, foundedOn, foundingDocNo,
                secretaryName, contactName, contactPhone, unitSituation, adminArea, mayApproveProbationary,
                hasCommittee, termStart, termEnd, OrgStatus.DISSOLVED, on, reason, placeId, sortOrder, version);
    }

    public OrgUnit withTerm(LocalDate start, LocalDate end) {
        return new OrgUnit(id, parentId, type, fullName, shortName, orgCode, foundedOn, foundingDocNo,
                secretaryName, contactName, contactPhone, unitSituation, adminArea, mayApproveProbationary,
                hasCommittee, start, end, status, dissolvedOn, dissolvedReason, placeId, sortOrder, version);
    }

    public OrgUnit withDetails(String newShortName, String newOrgCode, String newSecretary, LocalDate newFoundedOn) {
        return new OrgUnit(id, parentId, type, fullName, newShortName, newOrgCode, newFoundedOn, foundingDocNo,
                newSecretary, contactName, contactPhone, unitSituation, adminArea, mayApproveProbationary,
                hasCommittee, termStart, termEnd, status, dissolvedOn, dissolvedReason, placeId, sortOrder, version);
    }

    public OrgUnit withPlace(Long newPlaceId) {
        return new OrgUnit(id, parentId, type, fullName, shortName, orgCode, foundedOn, foundingDocNo,
                secretaryName, contactName, contactPhone, unitSituation, adminArea, mayApproveProbationary,
                hasCommittee, termStart, termEnd, status, dissolvedOn, dissolvedReason, newPlaceId, sortOrder, version);
    }

    public OrgUnit withSortOrder(int newSortOrder) {
        return new OrgUnit(id, parentId, type, fullName, shortName, orgCode, foundedOn, foundingDocNo,
                secretaryName, contactName, contactPhone, unitSituation, adminArea, mayApproveProbationary,
                hasCommittee, termStart, termEnd, status, dissolvedOn, dissolvedReason, placeId, newSortOrder, version);
    }
}
