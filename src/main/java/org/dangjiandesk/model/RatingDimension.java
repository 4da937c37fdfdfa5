package org.dangjiandesk.model;

/** One scored dimension of a scheme, e.g. 组织生活 out of 25 points. {@code code} is stable across copies. */
public record RatingDimension(String code, String name, int maxPoints) {
    public RatingDimension {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
    }
}
