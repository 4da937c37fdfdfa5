package org.dangjiandesk.model;

/** How an evaluation round decides its awards: the best N by rank, or everyone at or above a score. */
public enum AwardRule {
    TOP_RANKS,
    THRESHOLD
}
