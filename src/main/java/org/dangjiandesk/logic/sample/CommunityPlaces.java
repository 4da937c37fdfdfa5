package org.dangjiandesk.logic.sample;

import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.store.PlaceRepository;

/**
 * The places of one community, saved: its 一级网格 (the community itself), 二级网格 each with two to four 三级网格
 * (微网格), and 小区 with their 楼栋 inside the second-level grids.
 */
final class CommunityPlaces {

    /** A 小区 and its buildings (named 翠竹花园3幢, unique in the street). */
    record Compound(Place place, List<Place> buildings) {
    }

    /** A 二级网格 with its 微网格 and the compounds that lie in it. */
    record Grid(Place place, List<Place> microGrids, List<Compound> compounds) {
    }

    private final List<Grid> grids;
    private final List<Compound> compounds;
    private final List<Place> buildings;
    private final int count;

    private CommunityPlaces(List<Grid> grids, List<Compound> compounds, List<Place> buildings, int count) {
        this.grids = grids;
        this.compounds = compounds;
        this.buildings = buildings;
        this.count = count;
    }

    /** Plans the places of a community, then saves them level by level (one statement per level). */
    static CommunityPlaces create(PlaceRepository repo, Dice dice, SampleNames names, OrgUnit community,
            String communityName, int gridCount, int compoundCount) {
        String prefix = communityName + "社区";
        Long cid = community.id();
        Place top = repo.insertAll(List.of(new Place(null, null, PlaceKind.GRID, prefix + "网格", cid, 1))).get(0);

        List<Place> gridPlans = new ArrayList<>();
        for (int g = 1; g <= gridCount; g++) {
            gridPlans.add(new Place(null, top.id(), PlaceKind.GRID, prefix + "第" + ChineseNumerals.of(g) + "网格",
                    cid, 2));
        }
        List<Place> gridPlaces = repo.insertAll(gridPlans);

        List<Place> microPlans = new ArrayList<>();
        List<Integer> microGrid = new ArrayList<>();
        for (int g = 0; g < gridPlaces.size(); g++) {
            Place grid = gridPlaces.get(g);
            int microCount = dice.between(2, 4);
            for (int m = 1; m <= microCount; m++) {
                microPlans.add(new Place(null, grid.id(), PlaceKind.GRID,
                        grid.name() + "第" + ChineseNumerals.of(m) + "微网格", cid, 3));
                microGrid.add(g);
            }
        }
        List<Place> micros = repo.insertAll(microPlans);
        List<Grid> grids = new ArrayList<>();
        for (Place grid : gridPlaces) {
            grids.add(new Grid(grid, new ArrayList<>(), new ArrayList<>()));
        }
        for (int i = 0; i < micros.size(); i++) {
            grids.get(microGrid.get(i)).microGrids().add(micros.get(i));
        }

        List<Place> compoundPlans = new ArrayList<>();
        for (int c = 0; c < compoundCount; c++) {
            Place grid = gridPlaces.get(c % gridPlaces.size());
            compoundPlans.add(new Place(null, grid.id(), PlaceKind.COMPOUND, names.compound(dice), cid, null));
        }
        List<Place> compoundPlaces = repo.insertAll(compoundPlans);

        List<Place> buildingPlans = new ArrayList<>();
        List<Integer> buildingCompound = new ArrayList<>();
        for (int c = 0; c < compoundPlaces.size(); c++) {
            Place compound = compoundPlaces.get(c);
            int buildingCount = dice.between(4, 14);
            for (int b = 1; b <= buildingCount; b++) {
                buildingPlans.add(new Place(null, compound.id(), PlaceKind.BUILDING, compound.name() + b + "幢",
                        cid, null));
                buildingCompound.add(c);
            }
        }
        List<Place> buildings = repo.insertAll(buildingPlans);
        List<Compound> compounds = new ArrayList<>();
        for (int c = 0; c < compoundPlaces.size(); c++) {
            Compound compound = new Compound(compoundPlaces.get(c), new ArrayList<>());
            compounds.add(compound);
            grids.get(c % grids.size()).compounds().add(compound);
        }
        for (int i = 0; i < buildings.size(); i++) {
            compounds.get(buildingCompound.get(i)).buildings().add(buildings.get(i));
        }
        int count = 1 + gridPlaces.size() + micros.size() + compoundPlaces.size() + buildings.size();
        return new CommunityPlaces(grids, compounds, buildings, count);
    }

    Compound compound(int index) {
        return compounds.get(index % compounds.size());
    }

    Grid grid(int index) {
        return grids.get(index % grids.size());
    }

    /** Every building of the community. */
    List<Place> buildings() {
        return buildings;
    }

    /** Buildings of the compounds in a grid, or of the whole community when the grid has none. */
    List<Place> buildingsIn(Grid grid) {
        List<Place> inGrid = new ArrayList<>();
        for (Compound c : grid.compounds()) {
            inGrid.addAll(c.buildings());
        }
        return inGrid.isEmpty() ? buildings : inGrid;
    }

    /** How many places were saved. */
    int count() {
        return count;
    }
}
