package org.dangjiandesk.model;

/**
 * Where a brand project stands: 申报 → 立项 (or 不予立项) → 实施中 → 展评 → 命名授牌, 结项 or 终止. Which moves
 * are allowed is decided by {@code logic.brand.BrandLifecycle}.
 */
public enum BrandStatus {
    /** 申报 */
    APPLIED,
    /** 立项 */
    APPROVED,
    /** 不予立项 */
    REJECTED,
    /** 实施中 */
    IN_PROGRESS,
    /** 展评 */
    UNDER_EVALUATION,
    /** 命名授牌 */
    AWARDED,
    /** 结项 */
    CONCLUDED,
    /** 终止 */
    TERMINATED;

    /** True when no further step is possible. */
    public boolean isFinal() {
        return this == REJECTED || this == AWARDED || this == CONCLUDED || this == TERMINATED;
    }
}
