package org.dangjiandesk.model;

/** Where a branch's quarterly assessment stands: draft → submitted by the branch → approved (locked). */
public enum SheetState {
    DRAFT, SUBMITTED, APPROVED;

    public boolean isEditable() {
        return this == DRAFT;
    }
}
