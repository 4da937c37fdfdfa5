package org.dangjiandesk.logic.excel.roster;

import java.nio.file.Path;
import java.util.List;
import org.dangjiandesk.model.RosterEntry;

/**
 * What an import would do, worked out without writing anything: rows rejected with their problems, members new to
 * the database, members changed (field by field), unchanged ones, and, for one organisation's roster, current
 * members missing from the file. {@code newBranches} are the branch names that will be created.
 */
public record ImportPreview(
        Path file,
        ColumnMapping mapping,
        int validRows,
        List<ImportRow> invalidRows,
        List<ImportProblem> problems,
        List<PlannedMember> newMembers,
        List<MemberChange> changed,
        int unchanged,
        List<RosterEntry> missing,
        List<String> newBranches) {

    /** A member to add; {@code newBranch} names the branch that will be created for it, or is null. */
    public record PlannedMember(int rowNumber, org.dangjiandesk.model.Member member, String newBranch) {
    }

    public int invalidCount() {
        return invalidRows.size();
    }
}
