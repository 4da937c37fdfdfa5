package org.dangjiandesk.logic.training;

/** Which yearly hours norm applies to a member. */
public enum NormKind {
    /** An ordinary member (32 h by default). */
    MEMBER,
    /** A secretary, deputy secretary or committee member (书记/副书记/委员; 56 h by default). */
    LEADER,
    /** 年老体弱免于硬性要求: no norm. */
    EXEMPT
}
