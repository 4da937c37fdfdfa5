package org.dangjiandesk.model;

import java.math.BigDecimal;

/**
 * How a 民主评议 grade enters the annual star: {@code points} are added to the average of the quarters, and the
 * annual star is at most {@code ceiling} (e.g. 基本合格 at most three stars, 不合格 one star).
 */
public record AppraisalRule(AppraisalGrade grade, BigDecimal points, StarLevel ceiling) {
}
