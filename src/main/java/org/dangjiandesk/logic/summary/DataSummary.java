package org.dangjiandesk.logic.summary;

import java.util.Map;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.PlaceKind;

/**
 * Counts of what a database holds: active organisations by type, places by kind, current members (full and
 * probationary), members who left, and history events.
 */
public record DataSummary(
        Map<OrgType, Integer> organisationsByType,
        Map<PlaceKind, Integer> placesByKind,
        int fullMembers,
        int probationaryMembers,
        int departedMembers,
        int events) {

    public DataSummary {
        organisationsByType = Map.copyOf(organisationsByType);
        placesByKind = Map.copyOf(placesByKind);
    }

    public int organisations() {
        return organisationsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int organisations(OrgType type) {
        return organisationsByType.getOrDefault(type, 0);
    }

    public int places() {
        return placesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int places(PlaceKind kind) {
        return placesByKind.getOrDefault(kind, 0);
    }

    /** On the roster now, probationary members included. */
    public int currentMembers() {
        return fullMembers + probationaryMembers;
    }
}
