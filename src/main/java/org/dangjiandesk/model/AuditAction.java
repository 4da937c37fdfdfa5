package org.dangjiandesk.model;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    SCREEN_UNLOCKED,
    ACCOUNT_LOCKED,
    USER_CREATED,
    USER_CHANGED,
    PASSWORD_CHANGED,
    MEMBER_CREATED,
    MEMBER_CHANGED,
    MEMBER_EVENT,
    ORG_CREATED,
    ORG_CHANGED,
    ORG_MOVED,
    ORG_DISSOLVED,
    IMPORT,
    EXPORT,
    UNMASK,
    PERIOD_CLOSED,
    BACKUP,
    RESTORE,
    DATA_ENCRYPTED,
    /** A record of star rating, training or brand projects; the target names its kind and id. */
    RECORD_CREATED,
    RECORD_CHANGED,
    RECORD_DELETED
}
