package org.dangjiandesk.logic.stats;

import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.ChangeKind;
import org.dangjiandesk.model.JoiningPeriod;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.model.StatColumn;
import org.dangjiandesk.model.TableKind;

/** The columns of each statistics table, with their header groups, as the upward report forms lay them out. */
public final class StatsColumns {
    /** The 8 occupation groups of the party statistics (code list OCCUPATION_GROUP). */
    public static final List<String> OCCUPATION_GROUPS = List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8");
    /** Organisation types counted in the organisation table (the street's own 党工委 is the table's owner). */
    public static final List<OrgType> COUNTED_ORG_TYPES = List.of(OrgType.COMMITTEE, OrgType.GENERAL_BRANCH,
            OrgType.BRANCH, OrgType.JOINT_BRANCH, OrgType.TEMPORARY_BRANCH, OrgType.GROUP);

    public static final String TOTAL = "TOTAL";
    public static final String FULL = "FULL";
    public static final String PROBATIONARY = "PROBATIONARY";
    public static final String FEMALE = "FEMALE";
    public static final String MINORITY = "MINORITY";
    public static final String HIGHER_EDUCATION = "HIGHER_EDU";
    public static final String IN_SERVICE = "IN_SERVICE";
    public static final String FLOATING = "FLOATING";
    public static final String LOST_CONTACT = "LOST_CONTACT";
    public static final String GRIDS = "GRIDS";
    public static final String COMPOUND_BRANCHES = "COMPOUND_BRANCHES";
    public static final String BUILDING_GROUPS = "BUILDING_GROUPS";
    public static final String HOUSEHOLD_HEADS = "HOUSEHOLD_HEADS";
    public static final String OPENING = "OPENING";
    public static final String ADDED = "ADDED";
    public static final String REMOVED = "REMOVED";
    public static final String CLOSING = "CLOSING";
    public static final String NOT_RATED = "NOT_RATED";
    public static final String WITH_NORM = "WITH_NORM";
    public static final String MEETING_NORM = "MEETING_NORM";
    public static final String BELOW_NORM = "BELOW_NORM";
    public static final String SESSIONS = "SESSIONS";

    private StatsColumns() {
    }

    public static String age(AgeBand b) {
        return "AGE_" + b.name();
    }

    public static String joining(JoiningPeriod p) {
        return "JOIN_" + p.name();
    }

    public static String occupation(String group) {
        return "OCC_" + group;
    }

    public static String orgType(OrgType t) {
        return "ORG_" + t.name();
    }

    public static String change(ChangeKind k) {
        return (k.isAddition() ? "ADD_" : "REM_") + k.name();
    }

    public static String star(StarLevel s) {
        return "STAR_" + s.name();
    }

    public static List<StatColumn> of(TableKind kind) {
        List<StatColumn> c = new ArrayList<>();
        switch (kind) {
            case STRUCTURE -> {
                c.add(new StatColumn(TOTAL, null, "stats.col.total"));
                c.add(new StatColumn(FULL, "stats.group.category", "enum.MemberCategory.FULL"));
                c.add(new StatColumn(PROBATIONARY, "stats.group.category", "enum.MemberCategory.PROBATIONARY"));
                c.add(new StatColumn(FEMALE, null, "stats.col.female"));
                c.add(new StatColumn(MINORITY, null, "stats.col.minority"));
                c.add(new StatColumn(HIGHER_EDUCATION, null, "stats.col.higherEducation"));
                for (AgeBand b : AgeBand.values()) {
                    c.add(new StatColumn(age(b), "stats.group.age", Messages.enumKey(b)));
                }
                for (JoiningPeriod p : JoiningPeriod.values()) {
                    c.add(new StatColumn(joining(p), "stats.group.joining", Messages.enumKey(p)));
                }
                for (String g : OCCUPATION_GROUPS) {
                    c.add(new StatColumn(occupation(g), "stats.group.occupation", "stats.occupation." + g));
                }
                c.add(new StatColumn(IN_SERVICE, null, "stats.col.inService"));
                c.add(new StatColumn(FLOATING, null, "stats.col.floating"));
                c.add(new StatColumn(LOST_CONTACT, null, "stats.col.lostContact"));
            }
            case ORG_COUNTS -> {
                for (OrgType t : COUNTED_ORG_TYPES) {
                    c.add(new StatColumn(orgType(t), "stats.group.orgTypes", Messages.enumKey(t)));
                }
                c.add(new StatColumn(GRIDS, "stats.group.grassroots", "stats.col.grids"));
                c.add(new StatColumn(COMPOUND_BRANCHES, "stats.group.grassroots", "stats.col.compoundBranches"));
                c.add(new StatColumn(BUILDING_GROUPS, "stats.group.grassroots", "stats.col.buildingGroups"));
                c.add(new StatColumn(HOUSEHOLD_HEADS, "stats.group.grassroots", "stats.col.householdHeads"));
            }
            case CHANGES -> {
                c.add(new StatColumn(OPENING, null, "stats.col.opening"));
                for (ChangeKind k : ChangeKind.values()) {
                    if (k.isAddition()) {
                        c.add(new StatColumn(change(k), "stats.group.added", Messages.enumKey(k)));
                    }
                }
                c.add(new StatColumn(ADDED, "stats.group.added", "stats.col.subtotal"));
                for (ChangeKind k : ChangeKind.values()) {
                    if (!k.isAddition()) {
                        c.add(new StatColumn(change(k), "stats.group.removed", Messages.enumKey(k)));
                    }
                }
                c.add(new StatColumn(REMOVED, "stats.group.removed", "stats.col.subtotal"));
                c.add(new StatColumn(CLOSING, null, "stats.col.closing"));
            }
            case STARS -> {
                for (StarLevel s : StarLevel.values()) {
                    c.add(new StatColumn(star(s), "stats.group.stars", Messages.enumKey(s)));
                }
                c.add(new StatColumn(NOT_RATED, null, "stats.col.notRated"));
            }
            case TRAINING -> {
                c.add(new StatColumn(SESSIONS, null, "stats.col.sessions"));
                c.add(new StatColumn(WITH_NORM, "stats.group.norm", "stats.col.withNorm"));
                c.add(new StatColumn(MEETING_NORM, "stats.group.norm", "stats.col.meetingNorm"));
                c.add(new StatColumn(BELOW_NORM, "stats.group.norm", "stats.col.belowNorm"));
            }
        }
        return c;
    }
}
