package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.PLACE_UNIT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.store.jooq.tables.records.PlaceUnitRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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
        PlaceUnitRecord r = toRecord(place);
        r.store();
        return toModel(r);
    }

    /** Inserts many places (sample data, imports) and returns them with their ids, in the same order. */
    public List<Place> insertAll(List<Place> places) {
        List<PlaceUnitRecord> records = new ArrayList<>(places.size());
        for (Place p : places) {
            records.add(toRecord(p));
        }
        List<Long> ids = BulkInsert.insertReturningIds(dsl, PLACE_UNIT, PLACE_UNIT.ID, records);
        List<Place> saved = new ArrayList<>(places.size());
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            saved.add(new Place(ids.get(i), p.parentId(), p.kind(), p.name(), p.communityId(), p.gridLevel()));
        }
        return saved;
    }

    private PlaceUnitRecord toRecord(Place place) {
        PlaceUnitRecord r = dsl.newRecord(PLACE_UNIT);
        r.setParentId(place.parentId());
        r.setPlaceKind(place.kind().name());
        r.setPlaceName(place.name());
        r.setCommunityId(place.communityId());
        r.setGridLevel(place.gridLevel());
        return r;
    }

    public int count() {
        return dsl.fetchCount(PLACE_UNIT);
    }

    public Map<PlaceKind, Integer> countByKind() {
        Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);
        dsl.select(PLACE_UNIT.PLACE_KIND, DSL.count()).from(PLACE_UNIT).groupBy(PLACE_UNIT.PLACE_KIND)
                .fetch().forEach(rec -> counts.put(PlaceKind.valueOf(rec.value1()), rec.value2()));
        return counts;
    }

    private static Place toModel(PlaceUnitRecord r) {
        return new Place(r.getId(), r.getParentId(), PlaceKind.valueOf(r.getPlaceKind()), r.getPlaceName(),
                r.getCommunityId(), r.getGridLevel());
    }
}
