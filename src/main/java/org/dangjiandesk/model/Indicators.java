package org.dangjiandesk.model;

import java.math.BigDecimal;

/**
 * The measurable indicators of a brand project: activities held, people served, problems solved and funds used
 * (元). Used for the plan, for one progress entry's contribution and for the actual totals.
 */
public record Indicators(int activities, int peopleServed, int problemsSolved, BigDecimal fundsUsed) {
    public static final Indicators ZERO = new Indicators(0, 0, 0, BigDecimal.ZERO);

    public Indicators {
        fundsUsed = fundsUsed == null ? BigDecimal.ZERO : fundsUsed;
    }

    public Indicators plus(Indicators o) {
        return new Indicators(activities + o.activities, peopleServed + o.peopleServed,
                problemsSolved + o.problemsSolved, fundsUsed.add(o.fundsUsed));
    }
}
