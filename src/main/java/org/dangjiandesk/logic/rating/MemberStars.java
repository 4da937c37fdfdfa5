package org.dangjiandesk.logic.rating;

import java.util.Map;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.StarLevel;

/** One member's stars over quarters (a quarter missing: not rated), and the annual star when one is computed. */
public record MemberStars(long memberId, String name, Map<Quarter, StarLevel> stars, AnnualStar annual) {
    public MemberStars {
        stars = Map.copyOf(stars);
    }
}
