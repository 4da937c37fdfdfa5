package org.dangjiandesk.model;

/** A member's attendance at a session; only {@link #PRESENT} earns hours. */
public enum AttendanceStatus {
    /** 出席. */
    PRESENT,
    /** 缺席. */
    ABSENT,
    /** 请假. */
    EXCUSED
}
