package org.dangjiandesk.logic;

import org.dangjiandesk.logic.excel.rating.RatingSheetExport;
import org.dangjiandesk.logic.rating.AssessmentService;
import org.dangjiandesk.logic.rating.PointsService;
import org.dangjiandesk.logic.rating.RatingOverview;
import org.dangjiandesk.logic.rating.SchemeService;

/** The star-rating services (schemes, quarterly assessments, points ledger, overviews, the printed sheet as .xlsx). */
public record RatingServices(SchemeService schemes, AssessmentService assessments, PointsService points,
                             RatingOverview overview, RatingSheetExport sheets) {
}
