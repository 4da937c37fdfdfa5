package org.dangjiandesk.model;

/** The yearly 民主评议党员 result. */
public enum AppraisalGrade {
    /** 优秀 */
    EXCELLENT,
    /** 合格 */
    QUALIFIED,
    /** 基本合格 */
    BASICALLY_QUALIFIED,
    /** 不合格 */
    UNQUALIFIED
}
