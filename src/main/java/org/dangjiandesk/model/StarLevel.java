package org.dangjiandesk.model;

/** 星级: one to five stars. */
public enum StarLevel {
    ONE, TWO, THREE, FOUR, FIVE;

    public int stars() {
        return ordinal() + 1;
    }

    public static StarLevel ofStars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1..5: " + stars);
        }
        return values()[stars - 1];
    }

    /** Moves up or down by {@code delta} stars, staying within one to five. */
    public StarLevel plus(int delta) {
        return ofStars(Math.max(1, Math.min(5, stars() + delta)));
    }

    public StarLevel atMost(StarLevel ceiling) {
        return compareTo(ceiling) > 0 ? ceiling : this;
    }

    /** ★★★☆☆ */
    public String symbols() {
        return "★".repeat(stars()) + "☆".repeat(5 - stars());
    }
}
