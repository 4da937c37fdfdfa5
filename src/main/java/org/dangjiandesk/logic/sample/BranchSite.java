package org.dangjiandesk.logic.sample;

import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.sample.CommunityPlaces.Compound;
import org.dangjiandesk.logic.sample.CommunityPlaces.Grid;
import org.dangjiandesk.logic.sample.StreetBuilder.GroupSite;
import org.dangjiandesk.logic.sample.StreetLayout.BranchKind;
import org.dangjiandesk.logic.sample.StreetLayout.Unit;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.UnitSituation;

/**
 * What a branch is organised on and how it is named: 翠竹花园小区党支部 on a compound, 第二网格党支部 on a grid,
 * 社区第一党支部, a firm's 党支部 or a 联合党支部; where its members live; and its 党小组 (楼栋党小组 per group of
 * buildings, 微网格党小组 per micro-grid, otherwise 第一党小组 …).
 */
final class BranchSite {
    /** Branches from this size are split into 党小组. */
    static final int GROUPS_FROM_SIZE = 20;

    private final BranchKind kind;
    private final String fullPrefix;
    private final String core;
    private final String shortName;
    private final Long placeId;
    private final List<Place> homes;
    private final List<Place> microGrids;
    private final List<String> employers;

    private BranchSite(BranchKind kind, String fullPrefix, String core, String shortName, Long placeId,
            List<Place> homes, List<Place> microGrids, List<String> employers) {
        this.kind = kind;
        this.fullPrefix = fullPrefix;
        this.core = core;
        this.shortName = shortName;
        this.placeId = placeId;
        this.homes = homes;
        this.microGrids = microGrids;
        this.employers = employers;
    }

    static BranchSite compound(Unit unit, Compound compound) {
        String name = compound.place().name();
        String core = name.endsWith("小区") ? name : name + "小区";
        return new BranchSite(BranchKind.COMPOUND, community(unit), core, core + "党支部", compound.place().id(),
                compound.buildings(), List.of(), List.of());
    }

    static BranchSite grid(Unit unit, CommunityPlaces places, Grid grid) {
        String core = grid.place().name().substring(community(unit).length()); // 第二网格
        return new BranchSite(BranchKind.GRID, community(unit), core, community(unit) + core + "党支部",
                grid.place().id(), places.buildingsIn(grid), grid.microGrids(), List.of());
    }

    static BranchSite general(Unit unit, CommunityPlaces places, int number) {
        String core = "第" + ChineseNumerals.of(number);
        return new BranchSite(BranchKind.GENERAL, community(unit), core, community(unit) + core + "党支部", null,
                places.buildings(), List.of(), List.of());
    }

    static BranchSite office(int index) {
        List<String> named = SampleNames.OFFICE_BRANCHES;
        String core = index < named.size() ? named.get(index) : "机关第" + ChineseNumerals.of(index + 1);
        String employer = core.startsWith("机关") ? SampleNames.STREET + "办事处" : SampleNames.STREET + core;
        return new BranchSite(BranchKind.OFFICE, SampleNames.STREET, core, "街道" + core + "党支部", null,
                List.of(), List.of(), List.of(employer));
    }

    static BranchSite firm(String firm) {
        return new BranchSite(BranchKind.FIRM, "", firm, firm + "党支部", null, List.of(), List.of(), List.of(firm));
    }

    static BranchSite joint(Unit unit, int index, List<String> firms) {
        if (unit.isCommunity()) {
            String core = "非公企业" + (index == 0 ? "" : "第" + ChineseNumerals.of(index + 1)) + "联合";
            return new BranchSite(BranchKind.JOINT, community(unit), core, community(unit) + core + "党支部", null,
                    List.of(), List.of(), firms);
        }
        List<String> trades = SampleNames.JOINT_TRADES;
        int round = index / trades.size();
        String core = trades.get(index % trades.size()) + (round == 0 ? "" : "第" + ChineseNumerals.of(round + 1))
                + "联合";
        return new BranchSite(BranchKind.JOINT, SampleNames.STREET, core, core + "党支部", null, List.of(),
                List.of(), firms);
    }

    private static String community(Unit unit) {
        return unit.name() + "社区";
    }

    OrgType type() {
        return kind == BranchKind.JOINT ? OrgType.JOINT_BRANCH : OrgType.BRANCH;
    }

    UnitSituation situation() {
        return switch (kind) {
            case JOINT -> UnitSituation.JOINT;
            case FIRM -> UnitSituation.LEGAL_ENTITY;
            default -> UnitSituation.SAME_AS_PARENT;
        };
    }

    /** The prefix of the full name (as on the seal): 中共 + prefix + core + 支部(委员会). */
    String fullPrefix() {
        return fullPrefix;
    }

    String core() {
        return core;
    }

    String shortName() {
        return shortName;
    }

    /** The compound or grid the branch is organised on, if any. */
    Long placeId() {
        return placeId;
    }

    /** Buildings the members live in (residents only). */
    List<Place> homes() {
        return homes;
    }

    /** A member's place: the micro-grid of a grid branch (the group's, if any), else the home building. */
    Long memberPlace(Dice dice, Place home, GroupSite group) {
        if (kind == BranchKind.GRID) {
            return group != null && group.placeId() != null ? group.placeId()
                    : microGrids.isEmpty() ? null : dice.pick(microGrids).id();
        }
        return home.id();
    }

    /** 原单位 of a working member: the firm, one of the firms of a joint branch, or the street office. */
    String employer(Dice dice) {
        return employers.isEmpty() ? null : dice.pick(employers);
    }

    /** The 党小组 of a branch of {@code size} members: none below 20, else two to four. */
    List<GroupSite> groups(int size) {
        List<GroupSite> groups = new ArrayList<>();
        if (size < GROUPS_FROM_SIZE) {
            return groups;
        }
        int count = Math.max(2, Math.min(4, size / 10));
        if (kind == BranchKind.COMPOUND) {
            count = Math.min(count, homes.size());
            int[] chunks = StreetLayout.split(homes.size(), evenWeights(count));
            int from = 0;
            for (int g = 0; g < count; g++) {
                int to = from + chunks[g]; // buildings from+1 … to, numbered as in their names
                String range = chunks[g] == 1 ? (from + 1) + "幢" : (from + 1) + "—" + to + "幢";
                groups.add(new GroupSite(range + "楼栋党小组", homes.get(from).id(), homes.subList(from, to)));
                from = to;
            }
        } else if (kind == BranchKind.GRID && !microGrids.isEmpty()) {
            count = Math.min(count, microGrids.size());
            for (int g = 0; g < count; g++) {
                groups.add(new GroupSite("第" + ChineseNumerals.of(g + 1) + "微网格党小组", microGrids.get(g).id(),
                        List.of()));
            }
        } else {
            for (int g = 0; g < count; g++) {
                groups.add(new GroupSite("第" + ChineseNumerals.of(g + 1) + "党小组", null, List.of()));
            }
        }
        return groups;
    }

    private static double[] evenWeights(int count) {
        double[] w = new double[count];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }
}
