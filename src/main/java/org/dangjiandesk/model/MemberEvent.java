package org.dangjiandesk.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a member's history. {@code docNo} is the document or 介绍信 number; {@code otherParty} the
 * organisation outside this database a transfer came from or went to; {@code months} the length of an extended
 * probation.
 */
public record MemberEvent(
        Long id,
        long memberId,
        EventType type,
        LocalDate date,
        String reason,
        String docNo,
        Long fromOrgId,
        Long toOrgId,
        String otherParty,
        String duesPaidUntil,
        Integer months,
        Instant recordedAt) {

    public static MemberEvent of(long memberId, EventType type, LocalDate date) {
        return new MemberEvent(null, memberId, type, date, null, null, null, null, null, null, null, null);
    }
}
