package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.OrgUnit;

/**
 * The rows of a table for a scope: each organisation directly under the scope (for the street: its communities
 * and other units) is one unit with everything below it; members registered in the scope itself form a unit of
 * their own (直属). Organisations outside the scope belong to no unit.
 */
final class Units {
    private final OrgTree tree;
    private final OrgUnit scope;
    private final List<OrgUnit> units = new ArrayList<>();
    private final Map<Long, Long> unitOfOrg = new HashMap<>();

    Units(OrgTree tree, long scopeId) {
        this.tree = tree;
        this.scope = tree.get(scopeId);
        unitOfOrg.put(scopeId, scopeId);
        for (OrgUnit child : tree.childrenOf(scopeId)) {
            units.add(child);
            for (long id : tree.subtreeIds(child.id())) {
                unitOfOrg.put(id, child.id());
            }
        }
    }

    OrgUnit scope() {
        return scope;
    }

    OrgTree tree() {
        return tree;
    }

    /** The unit an organisation counts in; null when it is outside the scope. */
    Long unitOf(long orgId) {
        return unitOfOrg.get(orgId);
    }

    boolean contains(long orgId) {
        return unitOfOrg.containsKey(orgId);
    }

    /** The units under the scope, in tree order (dissolved ones too: callers drop those with nothing to show). */
    List<OrgUnit> children() {
        return units;
    }

    /** Whether an organisation existed on a day: founded by then (or no date known) and not yet dissolved. */
    static boolean existedOn(OrgUnit o, LocalDate day) {
        boolean founded = o.foundedOn() == null || !o.foundedOn().isAfter(day);
        boolean dissolved = !o.isActive() && (o.dissolvedOn() == null || !o.dissolvedOn().isAfter(day));
        return founded && !dissolved;
    }

    /** A unit's row label; the scope's own members read e.g. 幸福街道党工委（直属）. */
    String label(long unitId, org.dangjiandesk.logic.i18n.Messages messages) {
        return unitId == scope.id() ? messages.get("stats.row.direct", scope.displayName())
                : tree.get(unitId).displayName();
    }
}
