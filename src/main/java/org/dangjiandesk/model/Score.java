package org.dangjiandesk.model;

/** One judge's points (0–100) for one project on one criterion. */
public record Score(long judgeId, long projectId, long criterionId, double points) {
}
