package org.dangjiandesk.logic.security;

import java.time.LocalDateTime;
import org.dangjiandesk.model.AuditAction;

/** Filters of the audit viewer; null means any. Newest first, at most {@code limit} entries. */
public record AuditQuery(LocalDateTime from, LocalDateTime to, String loginName, AuditAction action, String text,
                         int limit) {
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
