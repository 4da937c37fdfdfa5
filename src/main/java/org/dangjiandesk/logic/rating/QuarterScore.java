package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import org.dangjiandesk.model.StarLevel;

/**
 * A member's computed result for a quarter: the dimension points, the bonus and deduction from the ledger after
 * their caps, the total and the star. {@code star} is null when the member is exempt or not every dimension is
 * scored yet ({@code complete} false).
 */
public record QuarterScore(BigDecimal base, BigDecimal bonus, BigDecimal deduction, BigDecimal total,
                           StarLevel star, boolean exempt, boolean complete) {

    public boolean isRated() {
        return star != null;
    }
}
