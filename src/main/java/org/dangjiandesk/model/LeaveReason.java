package org.dangjiandesk.model;

/** Why a member left the roster: 转出 (to another organisation outside this database), 死亡, 出党. */
public enum LeaveReason {
    TRANSFERRED_OUT, DIED, EXPELLED
}
