package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/**
 * 党组织数量统计表: per unit, the organisations that existed on the day by type, and the grid-level structure
 * (网格, 小区党支部 = a branch organised on a compound, 楼栋党小组 = a 党小组 organised on a building, and the
 * 党员中心户 among the counted members).
 */
final class OrgCountTable {
    private OrgCountTable() {
    }

    static StatTable compute(Units units, List<Place> places, List<MemberState> states, LocalDate day,
                             Messages messages) {
        TableBuilder t = new TableBuilder(TableKind.ORG_COUNTS, units);
        Map<Long, PlaceKind> kindOf = new HashMap<>();
        for (Place p : places) {
            kindOf.put(p.id(), p.kind());
        }
        int compound = t.column(StatsColumns.COMPOUND_BRANCHES);
        int building = t.column(StatsColumns.BUILDING_GROUPS);
        for (OrgUnit o : units.tree().all()) {
            Long unit = units.unitOf(o.id());
            if (unit == null || o.id().equals(units.scope().id()) || !Units.existedOn(o, day)) {
                continue;
            }
            if (StatsColumns.COUNTED_ORG_TYPES.contains(o.type())) {
                t.add(unit, t.column(StatsColumns.orgType(o.type())), 1);
            }
            PlaceKind on = o.placeId() == null ? null : kindOf.get(o.placeId());
            if (o.type().isBranchLike() && on == PlaceKind.COMPOUND) {
                t.add(unit, compound, 1);
            }
            if (o.type() == OrgType.GROUP && on == PlaceKind.BUILDING) {
                t.add(unit, building, 1);
            }
        }
        int grids = t.column(StatsColumns.GRIDS);
        for (Place p : places) {
            if (p.kind() == PlaceKind.GRID && p.communityId() != null) {
                Long unit = units.unitOf(p.communityId());
                if (unit != null) {
                    t.add(unit, grids, 1);
                }
            }
        }
        int heads = t.column(StatsColumns.HOUSEHOLD_HEADS);
        for (MemberState s : states) {
            if (s.counted() && s.facts.householdHead()) {
                Long unit = units.unitOf(s.orgId);
                if (unit != null) {
                    t.add(unit, heads, 1);
                }
            }
        }
        return t.build(messages, day);
    }
}
