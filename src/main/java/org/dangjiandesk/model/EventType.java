package org.dangjiandesk.model;

/** Life events of a member, shown in the history timeline and counted by the add/remove ledgers. */
public enum EventType {
    /** First registration in this database (录入), e.g. 发展 or an initial roster. */
    REGISTERED,
    /** 转正: probationary → full member. */
    CONVERTED_TO_FULL,
    /** 延长预备期 (6–12 months). */
    PROBATION_EXTENDED,
    /** 转入 from outside. */
    TRANSFERRED_IN,
    /** 转出 to outside: the member leaves the roster. */
    TRANSFERRED_OUT,
    /** Move between organisations inside this database. */
    MOVED,
    /** 停止党籍. */
    SUSPENDED,
    /** 恢复党籍. */
    RESTORED,
    /** 失联. */
    LOST_CONTACT,
    /** Contact found again. */
    CONTACT_RESTORED,
    /** 流动: away for 6 months or more. */
    FLOATING_OUT,
    /** Back from 流动. */
    FLOATING_BACK,
    /** 出党 (开除, 除名, 退党): leaves the roster. */
    EXPELLED,
    /** 死亡: leaves the roster. */
    DIED
}
