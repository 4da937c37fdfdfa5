package org.dangjiandesk.model;

/** Whether a member is on the current roster or has left it (members are never deleted). */
public enum RosterState {
    CURRENT, LEFT
}
