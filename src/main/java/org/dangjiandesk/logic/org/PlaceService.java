package org.dangjiandesk.logic.org;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.store.DataStore;

/**
 * The second grouping beside the formal tree: grids (网格, levels 一级 to 三级), compounds (小区) and buildings (楼栋)
 * of a community. A top-level grid is 一级网格, a grid inside it one level lower, down to 三级网格; a compound lies
 * in the community or in a grid; a building lies in a compound or a grid.
 */
public final class PlaceService {
    public static final int MAX_GRID_LEVEL = 3;
    public static final int MAX_NAME_LENGTH = 100;

    private final DataStore store;

    public PlaceService(DataStore store) {
        this.store = store;
    }

    public List<Place> loadPlaces() {
        return store.read(r -> r.places().findAll());
    }

    /**
     * Adds a place to a community, directly (parent null) or inside another place of the same community. The grid
     * level is derived from where the grid is put.
     *
     * @throws OrgException when the name is missing or the place cannot go there
     */
    public Place add(long communityId, Long parentId, PlaceKind kind, String name) {
        if (name == null || name.isBlank()) {
            throw new OrgException("place.error.nameRequired");
        }
        String cleanName = name.strip();
        if (cleanName.length() > MAX_NAME_LENGTH) {
            throw new OrgException("place.error.nameTooLong", MAX_NAME_LENGTH);
        }
        return store.write(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            OrgUnit community = tree.find(communityId)
                    .orElseThrow(() -> new OrgException("place.error.noCommunity"));
            if (!community.isActive()) {
                throw new OrgException("org.error.parentDissolved");
            }
            Map<Long, Place> places = r.places().findAll().stream()
                    .collect(Collectors.toMap(Place::id, Function.identity()));
            Place parent = null;
            if (parentId != null) {
                parent = places.get(parentId);
                if (parent == null || !parent.communityId().equals(communityId)) {
                    throw new OrgException("place.error.parentElsewhere");
                }
            }
            Integer level = levelFor(kind, parent);
            return r.places().insert(new Place(null, parentId, kind, cleanName, communityId, level));
        });
    }

    /** Whether a place of this kind may go under {@code parent} (null: directly in the community). */
    public static boolean fits(PlaceKind kind, Place parent) {
        try {
            levelFor(kind, parent);
            return true;
        } catch (OrgException e) {
            return false;
        }
    }

    /** The grid level a new place gets under {@code parent} (null for compounds and buildings). */
    static Integer levelFor(PlaceKind kind, Place parent) {
        return switch (kind) {
            case GRID -> {
                if (parent == null) {
                    yield 1;
                }
                if (parent.kind() != PlaceKind.GRID) {
                    throw new OrgException("place.error.gridOnlyInGrid");
                }
                int level = (parent.gridLevel() == null ? 1 : parent.gridLevel()) + 1;
                if (level > MAX_GRID_LEVEL) {
                    throw new OrgException("place.error.gridTooDeep", MAX_GRID_LEVEL);
                }
                yield level;
            }
            case COMPOUND -> {
                if (parent != null && parent.kind() != PlaceKind.GRID) {
                    throw new OrgException("place.error.compoundOnlyInGrid");
                }
                yield null;
            }
            case BUILDING -> {
                if (parent == null || parent.kind() == PlaceKind.BUILDING) {
                    throw new OrgException("place.error.buildingNeedsCompound");
                }
                yield null;
            }
        };
    }
}
