package org.dangjiandesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation round (展评): its projects, judges and weighted criteria, whether the highest and lowest judge
 * are dropped, and the award rule ({@code awardCount} best ranks or {@code awardThreshold} points and up).
 */
public record EvaluationRound(
        Long id,
        String name,
        int year,
        LocalDate heldOn,
        boolean dropExtremes,
        AwardRule awardRule,
        int awardCount,
        double awardThreshold,
        List<EvaluationCriterion> criteria,
        List<Judge> judges,
        List<Long> projectIds) {

    public EvaluationRound {
        criteria = List.copyOf(criteria);
        judges = List.copyOf(judges);
        projectIds = List.copyOf(projectIds);
    }
}
