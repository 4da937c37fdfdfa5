package org.dangjiandesk.model;

/** 人员类别: 正式党员 or 预备党员. */
public enum MemberCategory {
    FULL, PROBATIONARY
}
