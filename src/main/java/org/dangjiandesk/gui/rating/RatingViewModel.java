package org.dangjiandesk.gui.rating;

import org.dangjiandesk.gui.GuiContext;

/** Holds the view-models of the rating module's tabs. */
public final class RatingViewModel {
    private final GuiContext ctx;
    private final AssessmentViewModel assessment;
    private final RatingOverviewViewModel overview;
    private final PointsViewModel points;
    private final SchemeViewModel schemes;

    public RatingViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.assessment = new AssessmentViewModel(ctx);
        this.overview = new RatingOverviewViewModel(ctx);
        this.points = new PointsViewModel(ctx);
        this.schemes = new SchemeViewModel(ctx);
    }

    public GuiContext context() {
        return ctx;
    }

    public AssessmentViewModel assessment() {
        return assessment;
    }

    public RatingOverviewViewModel overview() {
        return overview;
    }

    public PointsViewModel points() {
        return points;
    }

    public SchemeViewModel schemes() {
        return schemes;
    }
}
