package org.dangjiandesk.model;

import java.time.Instant;

/** One step of an assessment's workflow, kept for the record (reopening an approved sheet needs a reason). */
public record SheetLogEntry(long sheetId, SheetState from, SheetState to, String actor, String reason, Instant at) {
}
