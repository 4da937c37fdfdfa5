package org.dangjiandesk.model;

import java.math.BigDecimal;

/**
 * A brand project as applied for (申报表): name, category, owning organisation, leader (a member), year, summary,
 * goals in words, the planned indicators and the budget (元). {@code status} changes only through a recorded
 * {@link BrandStep}; the actual indicators are the sum of the progress log, never typed here.
 */
public record BrandProject(
        Long id,
        String name,
        BrandCategory category,
        long orgId,
        Long leaderId,
        int year,
        String summary,
        String goals,
        Indicators planned,
        BigDecimal budget,
        BrandStatus status,
        int version) {

    public BrandProject withStatus(BrandStatus newStatus) {
        return new BrandProject(id, name, category, orgId, leaderId, year, summary, goals, planned, budget, newStatus,
                version);
    }

    public BrandProject withId(Long newId) {
        return new BrandProject(newId, name, category, orgId, leaderId, year, summary, goals, planned, budget, status,
                version);
    }
}
