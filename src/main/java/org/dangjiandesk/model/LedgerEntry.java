package org.dangjiandesk.model;

import java.time.LocalDate;

/**
 * One line of the period's add/remove ledger (and of its name list): who came into or left which unit's count,
 * how and when, with the document number, the other party of a transfer and the reason as recorded.
 */
public record LedgerEntry(
        long memberId,
        Long unitId,
        String unitName,
        ChangeKind kind,
        LocalDate date,
        String name,
        Sex sex,
        String idNumber,
        MemberCategory category,
        String docNo,
        String otherParty,
        String reason) {
}
