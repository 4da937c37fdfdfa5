package org.dangjiandesk.logic.excel.roster;

import java.util.List;
import org.dangjiandesk.model.Member;

/** A member in both the file and the database whose imported fields differ: before, after, and what differs. */
public record MemberChange(int rowNumber, Member before, Member after, List<FieldDiff> diffs) {

    /** One changed field, shown as text the way the roster shows it. */
    public record FieldDiff(RosterColumn column, String before, String after) {
    }
}
