package org.dangjiandesk.model;

import java.time.LocalDateTime;

/**
 * One line of the append-only audit log. {@code prevHash} is the {@code hash} of the entry before it, so changing
 * or removing any entry breaks the chain.
 */
public record AuditEntry(Long id, LocalDateTime at, String loginName, AuditAction action, String target,
                         String details, String prevHash, String hash) {
}
