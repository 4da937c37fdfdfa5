package org.dangjiandesk.logic.excel.training;

import java.util.List;
import org.dangjiandesk.model.RosterEntry;

/** A line of a sign-in sheet the clerk must resolve: nobody matches it, or several members share the name. */
public record SignInProblem(int row, String name, String idText, Kind kind, List<RosterEntry> candidates) {

    /** Why the line was not matched. */
    public enum Kind { UNMATCHED, AMBIGUOUS }
}
