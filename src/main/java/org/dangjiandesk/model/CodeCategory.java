package org.dangjiandesk.model;

/** The national code lists kept in the database. */
public enum CodeCategory {
    /** 民族. */
    ETHNICITY,
    /** 学历; parent HIGHER marks 大专及以上. */
    EDUCATION,
    /** 工作岗位; parent is the occupation group. */
    JOB_POST,
    /** The 8 occupation groups of the party statistics. */
    OCCUPATION_GROUP
}
