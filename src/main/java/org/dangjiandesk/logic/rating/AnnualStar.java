package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.StarLevel;

/**
 * A member's star for a year: the average of the rated quarters plus the 民主评议 points, the star of that score
 * capped by the grade's ceiling. {@code star} is null when no quarter was rated.
 */
public record AnnualStar(int quartersRated, BigDecimal average, AppraisalGrade grade, BigDecimal score,
                         StarLevel star) {
}
