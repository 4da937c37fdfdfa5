package org.dangjiandesk.logic.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjiandesk.logic.org.OrgRules;
import org.dangjiandesk.model.OrgType;

/**
 * How the members of the street are spread: over 38 communities (a few small ones are 党总支, the rest 党委), the
 * street's own offices and its 两新 organisations; and inside each unit over branches of mostly 12–45 members.
 * A few branches break the rules on purpose (one too large, one with only two members) so the warnings show.
 */
final class StreetLayout {
    static final int COMMUNITIES = 38;
    static final int GENERAL_BRANCH_COMMUNITIES = 6;
    static final double OFFICE_SHARE = 0.015;
    static final double ENTERPRISE_SHARE = 0.05;
    /** The small communities (党总支); fixed, so the layout is easy to describe; their sizes vary with the seed. */
    private static final Set<Integer> SMALL_COMMUNITIES = Set.of(4, 11, 17, 23, 30, 36);
    /** Communities with this index modulo 7 get a branch over 50 members, resp. one with two members. */
    private static final int OVERSIZED_SLOT = 3;
    private static final int UNDERSIZED_SLOT = 5;

    /** Where a unit's members work or live, which decides their age, jobs and branch kinds. */
    enum UnitKind { COMMUNITY, OFFICE, ENTERPRISES }

    /** A unit directly under the 党工委 and its planned number of current members. */
    record Unit(UnitKind kind, String name, int index, int members, OrgType type) {
        boolean isCommunity() {
            return kind == UnitKind.COMMUNITY;
        }
    }

    enum BranchKind {
        /** 社区第一党支部: residents of the whole community. */
        GENERAL,
        /** 小区党支部, organised on a compound. */
        COMPOUND,
        /** 网格党支部, organised on a second-level grid. */
        GRID,
        /** 联合党支部 of small firms. */
        JOINT,
        /** 党支部 of one firm. */
        FIRM,
        /** 党支部 of the street's offices. */
        OFFICE
    }

    /** One branch to create and its number of current members. */
    record Branch(BranchKind kind, int size) {
    }

    private StreetLayout() {
    }

    static List<Unit> units(Dice dice, int members) {
        int office = (int) Math.round(members * OFFICE_SHARE);
        int enterprises = (int) Math.round(members * ENTERPRISE_SHARE);
        int[] sizes = communitySizes(dice, members - office - enterprises);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < COMMUNITIES; i++) {
            units.add(new Unit(UnitKind.COMMUNITY, SampleNames.COMMUNITIES.get(i), i, sizes[i],
                    SMALL_COMMUNITIES.contains(i) ? OrgType.GENERAL_BRANCH : OrgType.COMMITTEE));
        }
        units.add(new Unit(UnitKind.OFFICE, "机关", COMMUNITIES, office, parentTypeFor(office)));
        units.add(new Unit(UnitKind.ENTERPRISES, "两新组织", COMMUNITIES + 1, enterprises, parentTypeFor(enterprises)));
        return units;
    }

    /** 党委 from 100 members, else 党总支 (OrgRules). */
    static OrgType parentTypeFor(int members) {
        return members >= OrgRules.GENERAL_BRANCH_MEMBERS ? OrgType.COMMITTEE : OrgType.GENERAL_BRANCH;
    }

    /** The small communities get 55–95 members (a 党总支 must stay under 100), the others share the rest. */
    private static int[] communitySizes(Dice dice, int total) {
        double fair = (double) total / COMMUNITIES;
        int[] sizes = new int[COMMUNITIES];
        double[] weights = new double[COMMUNITIES];
        int left = total;
        for (int i = 0; i < COMMUNITIES; i++) { // in index order: Set.of iterates differently per run
            if (SMALL_COMMUNITIES.contains(i)) {
                sizes[i] = (int) Math.min(Math.floor(fair * 0.8), dice.between(55, 95));
                left -= sizes[i];
            } else {
                weights[i] = dice.between(0.7, 1.3);
            }
        }
        int[] rest = split(left, weights);
        for (int i = 0; i < COMMUNITIES; i++) {
            sizes[i] += rest[i];
        }
        return sizes;
    }

    static List<Branch> branches(Dice dice, Unit unit) {
        List<Branch> branches = new ArrayList<>();
        int m = unit.members();
        if (unit.isCommunity()) {
            if (m >= 120 && unit.index() % 7 == OVERSIZED_SLOT) {
                branches.add(new Branch(BranchKind.COMPOUND, dice.between(52, 58)));
            }
            if (m >= 80 && unit.index() % 7 == UNDERSIZED_SLOT) {
                branches.add(new Branch(BranchKind.GRID, 2));
            }
            if (m >= 60 && dice.chance(0.35)) {
                branches.add(new Branch(BranchKind.JOINT, dice.between(6, 15)));
            }
        }
        int rest = m - branches.stream().mapToInt(Branch::size).sum();
        int count = Math.max(1, (int) Math.ceil(rest / (double) dice.between(26, 34)));
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = dice.between(0.8, 1.2);
        }
        int[] sizes = split(rest, weights);
        List<Branch> regular = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            regular.add(new Branch(regularKind(dice, unit.kind(), i), sizes[i]));
        }
        regular.addAll(branches); // the special ones last, so each community starts with its 第一党支部
        return regular;
    }

    private static BranchKind regularKind(Dice dice, UnitKind unit, int index) {
        return switch (unit) {
            case COMMUNITY -> index == 0 ? BranchKind.GENERAL
                    : dice.chance(0.6) ? BranchKind.COMPOUND : BranchKind.GRID;
            case OFFICE -> BranchKind.OFFICE;
            case ENTERPRISES -> dice.chance(0.6) ? BranchKind.FIRM : BranchKind.JOINT;
        };
    }

    /** Splits a total into parts proportional to the weights, exactly (largest remainder). */
    static int[] split(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        if (sum <= 0 || total <= 0) {
            return parts;
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Set<Integer> topped = new HashSet<>();
        while (given < total) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && !topped.contains(i) && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            topped.add(best);
            parts[best]++;
            given++;
        }
        return parts;
    }
}
