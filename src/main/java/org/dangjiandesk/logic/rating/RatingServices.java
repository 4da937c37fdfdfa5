package org.dangjiandesk.logic.rating;

/** The star-rating services, one field of {@code logic.Services}. */
public record RatingServices(SchemeService schemes, AssessmentService assessments, PointsService points,
                             RatingOverview overview) {
}
