package org.dangjiandesk.model;

/** An organisation is active, or 撤销 (dissolved, with date and reason; never deleted). */
public enum OrgStatus {
    ACTIVE, DISSOLVED
}
