package org.dangjiandesk.model;

/** The statistics tables of a period. */
public enum TableKind {
    /** 党员队伍结构统计表. */
    STRUCTURE,
    /** 党组织数量统计表. */
    ORG_COUNTS,
    /** 党员增减情况表. */
    CHANGES,
    /** 党员星级评定汇总表. */
    STARS,
    /** 党员教育培训汇总表. */
    TRAINING
}
