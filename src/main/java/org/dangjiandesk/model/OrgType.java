package org.dangjiandesk.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of party organisation, from the top of a street's tree down. {@link #allowedChildren()} encodes which
 * kind may sit under which, so the tree cannot be built upside down.
 */
public enum OrgType {
    /** 党工委: the street's working committee, the root. */
    WORKING_COMMITTEE,
    /** 党委, e.g. 社区党委. */
    COMMITTEE,
    /** 党总支. */
    GENERAL_BRANCH,
    /** 党支部, incl. 小区/网格党支部. */
    BRANCH,
    /** 联合党支部. */
    JOINT_BRANCH,
    /** 临时党支部. */
    TEMPORARY_BRANCH,
    /** 党小组, incl. 楼栋/网格党小组. */
    GROUP;

    public boolean isBranchLike() {
        return this == BRANCH || this == JOINT_BRANCH || this == TEMPORARY_BRANCH;
    }

    /** Whether members can be registered directly in an organisation of this type. */
    public boolean holdsMembers() {
        return isBranchLike() || this == GROUP || this == GENERAL_BRANCH || this == COMMITTEE;
    }

    public Set<OrgType> allowedChildren() {
        return switch (this) {
            case WORKING_COMMITTEE -> EnumSet.of(COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH);
            case COMMITTEE -> EnumSet.of(COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH);
            case GENERAL_BRANCH -> EnumSet.of(BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH);
            case BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH -> EnumSet.of(GROUP);
            case GROUP -> EnumSet.noneOf(OrgType.class);
        };
    }
}
