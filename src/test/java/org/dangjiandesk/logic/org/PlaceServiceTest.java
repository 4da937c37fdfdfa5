package org.dangjiandesk.logic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaceServiceTest {
    private TestServices ts;
    private TestStreet street;
    private PlaceService places;
    private long community;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        places = ts.services().orgs().places();
        community = street.community.id();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private static String keyOf(Throwable t) {
        return ((OrgException) t).messageKey();
    }

    @Test
    void grids_takeTheirLevelFromWhereTheyAre_downToLevelThree() {
        Place g1 = places.add(community, null, PlaceKind.GRID, " 东区网格 ");
        Place g2 = places.add(community, g1.id(), PlaceKind.GRID, "东一网格");
        Place g3 = places.add(community, g2.id(), PlaceKind.GRID, "东一微网格");
        assertThat(g1.gridLevel()).isEqualTo(1);
        assertThat(g1.name()).isEqualTo("东区网格");
        assertThat(g2.gridLevel()).isEqualTo(2);
        assertThat(g3.gridLevel()).isEqualTo(3);
        assertThatThrownBy(() -> places.add(community, g3.id(), PlaceKind.GRID, "更细的网格"))
                .extracting(PlaceServiceTest::keyOf).isEqualTo("place.error.gridTooDeep");
        assertThat(places.loadPlaces()).hasSize(3);
    }

    @Test
    void compound_liesInTheCommunityOrAGrid_buildingInACompoundOrGrid() {
        Place grid = places.add(community, null, PlaceKind.GRID, "东区网格");
        Place compound = places.add(community, grid.id(), PlaceKind.COMPOUND, "阳光小区");
        Place building = places.add(community, compound.id(), PlaceKind.BUILDING, "3号楼");
        assertThat(building.parentId()).isEqualTo(compound.id());
        assertThat(building.communityId()).isEqualTo(community);
        assertThat(building.gridLevel()).isNull();
        assertThat(places.add(community, null, PlaceKind.COMPOUND, "明珠小区").parentId()).isNull();

        assertThatThrownBy(() -> places.add(community, null, PlaceKind.BUILDING, "5号楼"))
                .extracting(PlaceServiceTest::keyOf).isEqualTo("place.error.buildingNeedsCompound");
        assertThatThrownBy(() -> places.add(community, building.id(), PlaceKind.BUILDING, "5号楼"))
                .extracting(PlaceServiceTest::keyOf).isEqualTo("place.error.buildingNeedsCompound");
        assertThatThrownBy(() -> places.add(community, compound.id(), PlaceKind.GRID, "网格"))
                .extracting(PlaceServiceTest::keyOf).isEqualTo("place.error.gridOnlyInGrid");
        assertThatThrownBy(() -> places.add(community, compound.id(), PlaceKind.COMPOUND, "小区"))
                .extracting(PlaceServiceTest::keyOf).isEqualTo("place.error.compoundOnlyInGrid");
    }

    @Test
    void parentInAnotherCommunity_isRefused() {
        OrgUnit other = ts.services().orgs().add(OrgUnit.create(street.street.id(), OrgType.COMMITTEE, "中共明月社区委员会"));
        Place grid = places.add(other.id(), null, PlaceKind.GRID, "明月网格");
        assertThatThrownBy(() -> places.add(community, grid.id(), PlaceKind.COMPOUND, "阳光小区"))
                .extracting(PlaceServiceTest::keyOf).isEqualTo("place.error.parentElsewhere");
    }

    @Test
    void blankName_isRefused() {
        assertThatThrownBy(() -> places.add(community, null, PlaceKind.GRID, "  "))
                .extracting(PlaceServiceTest::keyOf).isEqualTo("place.error.nameRequired");
    }

    @Test
    void communities_areTheOrganisationsUnderTheStreetNamedSo() {
        OrgUnit company = ts.services().orgs().add(OrgUnit.create(street.street.id(), OrgType.BRANCH, "某科技公司党支部"));
        OrgTree tree = ts.services().orgs().loadTree();
        assertThat(Communities.all(tree)).extracting(OrgUnit::id).containsExactly(community);
        assertThat(Communities.communityOf(tree, street.branch1.id())).map(OrgUnit::id).contains(community);
        assertThat(Communities.isInCommunity(tree, company.id())).isFalse();
        assertThat(Communities.isInCommunity(tree, street.street.id())).isFalse();
    }
}
