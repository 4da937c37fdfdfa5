package org.dangjiandesk.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded move of a brand project's lifecycle: from which status to which, on what date, decided by which
 * organisation, with a note (the reason for 不予立项 or 终止). {@code from} is null for the application itself.
 */
public record BrandStep(
        Long id,
        long projectId,
        BrandStatus from,
        BrandStatus to,
        LocalDate date,
        Long decidingOrgId,
        String note,
        Instant recordedAt) {
}
