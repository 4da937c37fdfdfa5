package org.dangjiandesk.logic.excel.roster;

import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.Member;

/**
 * A data row after normalisation: the member it describes (its organisation not yet resolved), the branch name as
 * written, the problems found, and the file's cells by column (for the problems workbook).
 */
public record ImportRow(int rowNumber, Member member, String branchName, List<ImportProblem> problems,
                        Map<Integer, String> rawCells) {

    public boolean isValid() {
        return problems.stream().noneMatch(ImportProblem::isError);
    }
}
