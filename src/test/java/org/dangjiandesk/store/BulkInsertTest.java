package org.dangjiandesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk inserts must hand back each new row's id in the order the rows were given, across statement chunks. */
class BulkInsertTest {
    private TestServices ts;
    private TestStreet street;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void placesInsertAll_returnsIdsInTheGivenOrder_overSeveralStatements() {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < BulkInsert.ROWS_PER_STATEMENT * 2 + 17; i++) {
            // names deliberately not in id order, so a sorted result would be caught
            String name = "楼" + ((i * 7919) % 10007);
            places.add(new Place(null, null, PlaceKind.BUILDING, name, street.community.id(), null));
        }
        List<Place> saved = ts.database().write(r -> r.places().insertAll(places));
        Map<Long, Place> stored = ts.database().read(r -> r.places().findAll()).stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
        assertThat(saved).hasSize(places.size());
        for (int i = 0; i < places.size(); i++) {
            assertThat(stored.get(saved.get(i).id()).name()).isEqualTo(places.get(i).name());
        }
    }

    @Test
    void orgsInsertAll_returnsIdsInTheGivenOrder() {
        List<OrgUnit> orgs = List.of(
                OrgUnit.create(street.branch1.id(), OrgType.GROUP, "第一党小组"),
                OrgUnit.create(street.branch1.id(), OrgType.GROUP, "第二党小组"),
                OrgUnit.create(street.branch2.id(), OrgType.GROUP, "第三党小组"));
        List<OrgUnit> saved = ts.database().write(r -> r.orgs().insertAll(orgs));
        for (int i = 0; i < orgs.size(); i++) {
            long id = saved.get(i).id();
            OrgUnit back = ts.database().read(r -> r.orgs().findById(id)).orElseThrow();
            assertThat(back).isEqualTo(saved.get(i));
            assertThat(back.withId(null)).isEqualTo(orgs.get(i));
        }
    }
}
