package org.dangjiandesk.model;

/** Categories of the points ledger (积分台账). */
public enum PointCategory {
    /** 政治学习 */
    POLITICAL_STUDY,
    /** 组织生活 */
    ORGANISATIONAL_LIFE,
    /** 思想汇报 */
    THOUGHT_REPORT,
    /** 先锋作用 */
    VANGUARD,
    /** 遵纪守法 (mostly deductions) */
    DISCIPLINE,
    /** 公益服务: volunteering, 微心愿 claimed */
    PUBLIC_SERVICE,
    /** 在职报到 service (三报到三服务) */
    IN_SERVICE_REPORT,
    /** 缴纳党费 */
    DUES
}
