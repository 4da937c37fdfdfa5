package org.dangjiandesk.logic.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.store.DataStore;

/**
 * Changes to the organisation tree. Organisations are never deleted: 撤销 keeps the row with a date and reason,
 * and is refused while current members or active sub-organisations remain.
 */
public final class OrgService {
    private final DataStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final OrgRules rules = new OrgRules();
    private final PlaceService places;

    public OrgService(DataStore store, Clock clock) {
        this(store, clock, AuditTrail.NONE);
    }

    /** With every change written to the audit log in the transaction that makes it. */
    public OrgService(DataStore store, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.clock = clock;
        this.places = new PlaceService(store);
    }

    /** Grids, compounds and buildings, the grouping beside the formal tree. */
    public PlaceService places() {
        return places;
    }

    public OrgTree loadTree() {
        return new OrgTree(store.read(r -> r.orgs().findAll()));
    }

    public List<Place> loadPlaces() {
        return store.read(r -> r.places().findAll());
    }

    public List<OrgWarning> warnings(OrgUnit org, MemberCounts counts) {
        return rules.check(org, counts.of(org.id()), LocalDate.now(clock));
    }

    /** Adds an organisation under a parent (or a new root when {@code parentId} is null and none exists yet). */
    public OrgUnit add(OrgUnit org) {
        requireName(org);
        requireValidCode(org);
        return store.write(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            if (org.parentId() == null) {
                if (!tree.roots().isEmpty() || org.type() != OrgType.WORKING_COMMITTEE) {
                    throw new OrgException("org.error.parentRequired");
                }
            } else {
                OrgUnit parent = tree.get(org.parentId());
                checkChildAllowed(parent, org.type());
            }
            OrgUnit saved = r.orgs().insert(org.sortOrder() != 0 || org.parentId() == null ? org
                    : org.withSortOrder(lastSortOrder(tree, org.parentId()) + 1));
            audit.changed(r, AuditAction.ORG_CREATED, target(saved), null, saved);
            return saved;
        });
    }

    /**
     * Saves edited fields. The parent and the status change only through {@link #move} and {@link #dissolve}, and
     * the type not at all (it must fit parent and children): what {@code org} says about them is ignored. A linked place (网格/小区/楼栋) must lie in the organisation's community
     * and only branches and 党小组 are organised on a place.
     */
    public OrgUnit update(OrgUnit org) {
        requireName(org);
        requireValidCode(org);
        if (org.termStart() != null && org.termEnd() != null && !org.termEnd().isAfter(org.termStart())) {
            throw new OrgException("org.error.termOrder");
        }
        return store.write(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            OrgUnit stored = tree.get(org.id());
            if (org.placeId() != null) {
                checkPlace(tree, org, r.places().findAll());
            }
            OrgUnit saved = r.orgs().update(withStructureOf(org, stored));
            audit.changed(r, AuditAction.ORG_CHANGED, target(saved), stored, saved);
            return saved;
        });
    }

    /** The edited fields of {@code edited} with the type, parent and status (撤销) of the stored row. */
    private static OrgUnit withStructureOf(OrgUnit edited, OrgUnit stored) {
        return new OrgUnit(edited.id(), stored.parentId(), stored.type(), edited.fullName(), edited.shortName(),
                edited.orgCode(), edited.foundedOn(), edited.foundingDocNo(), edited.secretaryName(),
                edited.contactName(), edited.contactPhone(), edited.unitSituation(), edited.adminArea(),
                edited.mayApproveProbationary(), edited.hasCommittee(), edited.termStart(), edited.termEnd(),
                stored.status(), stored.dissolvedOn(), stored.dissolvedReason(), edited.placeId(),
                edited.sortOrder(), edited.version());
    }

    private static void checkPlace(OrgTree tree, OrgUnit org, List<Place> allPlaces) {
        if (!(org.type().isBranchLike() || org.type() == OrgType.GROUP)) {
            throw new OrgException("org.error.placeOnlyForBranches");
        }
        Place place = allPlaces.stream().filter(p -> p.id().equals(org.placeId())).findFirst()
                .orElseThrow(() -> new OrgException("org.error.placeElsewhere"));
        Long community = Communities.communityOf(tree, org.id()).map(OrgUnit::id).orElse(null);
        if (!place.communityId().equals(community)) {
            throw new OrgException("org.error.placeElsewhere");
        }
    }

    /**
     * The highest sort order among a parent's children (0 when it has none). A new or moved organisation goes
     * after them: siblings keep the order they were added in on every database (ids do not: PostgreSQL hands
     * each connection its own block of cached ids, so a later organisation can get a smaller id).
     */
    private static int lastSortOrder(OrgTree tree, long parentId) {
        return tree.childrenOf(parentId).stream().mapToInt(OrgUnit::sortOrder).max().orElse(0);
    }

    /** Moves an organisation (with its subtree and members) under another parent. */
    public OrgUnit move(long orgId, long newParentId) {
        return store.write(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            OrgUnit org = tree.get(orgId);
            if (tree.subtreeIds(orgId).contains(newParentId)) {
                throw new OrgException("org.error.moveIntoOwnSubtree");
            }
            OrgUnit parent = tree.get(newParentId);
            checkChildAllowed(parent, org.type());
            OrgUnit saved = r.orgs().update(org.withParent(newParentId)
                    .withSortOrder(lastSortOrder(tree, newParentId) + 1));
            audit.note(r, AuditAction.ORG_MOVED, target(saved), target(tree.get(org.parentId() == null ? newParentId
                    : org.parentId())) + " → " + target(parent));
            return saved;
        });
    }

    /**
     * 撤销: marks the organisation dissolved on a date with a reason.
     *
     * @throws OrgException while it still has current members or active sub-organisations
     */
    public OrgUnit dissolve(long orgId, LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OrgException("org.error.reasonRequired");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new OrgException("org.error.dateInvalid");
        }
        return store.write(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            OrgUnit org = tree.get(orgId);
            if (tree.childrenOf(orgId).stream().anyMatch(OrgUnit::isActive)) {
                throw new OrgException("org.error.hasActiveChildren");
            }
            int members = r.members().countCurrentIn(orgId);
            if (members > 0) {
                throw new OrgException("org.error.hasMembers", members);
            }
            OrgUnit saved = r.orgs().update(org.dissolved(on, reason.strip()));
            audit.note(r, AuditAction.ORG_DISSOLVED, target(saved), on + " " + reason.strip());
            return saved;
        });
    }

    private static void checkChildAllowed(OrgUnit parent, OrgType childType) {
        if (!parent.isActive()) {
            throw new OrgException("org.error.parentDissolved");
        }
        if (!parent.type().allowedChildren().contains(childType)) {
            throw new OrgException("org.error.childTypeNotAllowed");
        }
    }

    private static void requireValidCode(OrgUnit org) {
        if (!OrgRules.isValidOrgCode(org.orgCode())) {
            throw new OrgException("org.error.orgCode");
        }
    }

    private static void requireName(OrgUnit org) {
        if (org.fullName() == null || org.fullName().isBlank()) {
            throw new OrgException("org.error.nameRequired");
        }
    }

    private static String target(OrgUnit o) {
        return o.fullName() + " #" + o.id();
    }
}
