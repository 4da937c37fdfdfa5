package org.dangjiandesk.logic.rating;

import java.util.List;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.RatingSheet;

/** A branch's assessment for a quarter as opened: the sheet, its scheme and one row per current member. */
public record Assessment(RatingSheet sheet, RatingScheme scheme, OrgUnit org, List<AssessmentRow> rows) {
    public Assessment {
        rows = List.copyOf(rows);
    }
}
