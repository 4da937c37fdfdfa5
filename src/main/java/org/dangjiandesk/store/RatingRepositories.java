package org.dangjiandesk.store;

import org.jooq.DSLContext;

/** The star-rating repositories of one unit of work. */
public final class RatingRepositories {
    private final RatingSchemeRepository schemes;
    private final RatingSheetRepository sheets;
    private final PointRepository points;

    RatingRepositories(DSLContext dsl) {
        this.schemes = new RatingSchemeRepository(dsl);
        this.sheets = new RatingSheetRepository(dsl);
        this.points = new PointRepository(dsl);
    }

    public RatingSchemeRepository schemes() {
        return schemes;
    }

    public RatingSheetRepository sheets() {
        return sheets;
    }

    public PointRepository points() {
        return points;
    }
}
