package org.dangjiandesk.logic.rating;

import org.dangjiandesk.model.SheetState;

/**
 * The steps an assessment may take: the branch submits a draft; the community or street approves it (locked)
 * or returns it; an approved sheet is only reopened with a reason, which is recorded.
 */
public enum RatingWorkflow {
    SUBMIT(SheetState.DRAFT, SheetState.SUBMITTED, false),
    APPROVE(SheetState.SUBMITTED, SheetState.APPROVED, false),
    RETURN(SheetState.SUBMITTED, SheetState.DRAFT, true),
    REOPEN(SheetState.APPROVED, SheetState.DRAFT, true);

    private final SheetState from;
    private final SheetState to;
    private final boolean needsReason;

    RatingWorkflow(SheetState from, SheetState to, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
    }

    public SheetState from() {
        return from;
    }

    public SheetState to() {
        return to;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** The step that moved a sheet from one state to another. */
    public static java.util.Optional<RatingWorkflow> between(SheetState from, SheetState to) {
        return java.util.Arrays.stream(values()).filter(w -> w.from == from && w.to == to).findFirst();
    }

    public boolean allowedFrom(SheetState state) {
        return state == from;
    }
}
