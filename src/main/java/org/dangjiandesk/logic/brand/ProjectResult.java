package org.dangjiandesk.logic.brand;

import java.util.Map;

/**
 * One project's result in an evaluation round. {@code judgeTotals} holds each judge's weighted total (judges who
 * have not scored every criterion are absent); {@code score} is their mean, without the highest and lowest when
 * the round drops them ({@code trimmed}); null when no judge has finished. {@code rank} is shared by equal scores
 * (1, 2, 2, 4) and {@code tied} says so; 0 for an unscored project.
 */
public record ProjectResult(long projectId, Map<Long, Double> judgeTotals, Double score, boolean trimmed, int rank,
                            boolean tied, boolean awarded) {
}
