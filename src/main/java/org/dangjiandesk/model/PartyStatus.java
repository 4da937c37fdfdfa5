package org.dangjiandesk.model;

/** 党籍状态: normal, or 停止党籍 (suspended; may be restored). */
public enum PartyStatus {
    NORMAL, SUSPENDED
}
