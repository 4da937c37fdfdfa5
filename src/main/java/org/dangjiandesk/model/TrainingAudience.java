package org.dangjiandesk.model;

/** Who a session is for, within the subtree of its target organisation. */
public enum TrainingAudience {
    /** Every current member of the subtree. */
    ALL_MEMBERS,
    /** 书记 and 副书记 only (书记培训班). */
    SECRETARIES,
    /** Secretaries and committee members (支委/委员). */
    COMMITTEE_MEMBERS,
    /** Named people only: the attendance list is the audience. */
    NAMED
}
