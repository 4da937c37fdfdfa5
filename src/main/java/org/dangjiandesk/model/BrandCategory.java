package org.dangjiandesk.model;

/** The kinds of party-building brand project (党建品牌项目) the offices run. */
public enum BrandCategory {
    /** 一社区一品牌 */
    COMMUNITY_BRAND,
    /** 一支部一特色 */
    BRANCH_FEATURE,
    /** 书记项目 */
    SECRETARY_PROJECT,
    /** 民生实事 */
    LIVELIHOOD,
    /** 微幸福项目 */
    MICRO_HAPPINESS,
    /** 红色物业 */
    RED_PROPERTY
}
