package org.dangjiandesk.logic.stats;

/**
 * What a dashboard chart counts. The member breakdowns can be opened in the roster (the members behind a bar);
 * the others count organisations, ratings, training standings or projects.
 */
public enum Dimension {
    AGE_BAND, SEX, EDUCATION, JOINING_PERIOD, OCCUPATION, CATEGORY, ORG_TYPE, STARS, TRAINING, BRAND;

    /** Whether a bar stands for counted members that the roster can show. */
    public boolean isMemberBreakdown() {
        return ordinal() <= CATEGORY.ordinal();
    }

    /** Bundle key of the chart title. */
    public String titleKey() {
        return "stats.chart." + name();
    }
}
