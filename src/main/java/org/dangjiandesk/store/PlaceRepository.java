package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.PLACE_UNIT;

import java.util.List;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.store.jooq.tables.records.PlaceUnitRecord;
import org.jooq.DSLContext;

/** Grids, compounds and buildings. */
public final class PlaceRepository {
    private final DSLContext dsl;

    PlaceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Place> findAll() {
        return dsl.selectFrom(PLACE_UNIT).orderBy(PLACE_UNIT.ID).fetch(PlaceRepository::toModel);
    }

    public Place insert(Place place) {
        PlaceUnitRecord r = dsl.newRecord(PLACE_UNIT);
        r.setParentId(place.parentId());
        r.setPlaceKind(place.kind().name());
        r.setPlaceName(place.name());
        r.setCommunityId(place.communityId());
        r.setGridLevel(place.gridLevel());
        r.store();
        return toModel(r);
    }

    public int count() {
        return dsl.fetchCount(PLACE_UNIT);
    }

    private static Place toModel(PlaceUnitRecord r) {
        return new Place(r.getId(), r.getParentId(), PlaceKind.valueOf(r.getPlaceKind()), r.getPlaceName(),
                r.getCommunityId(), r.getGridLevel());
    }
}
