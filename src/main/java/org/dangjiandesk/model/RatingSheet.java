package org.dangjiandesk.model;

/** A branch's quarterly assessment (季度考评): which scheme, and where it is in the workflow. */
public record RatingSheet(long id, long orgId, Quarter quarter, long schemeId, SheetState state, int version) {
}
