package org.dangjiandesk.logic.excel.roster;

/** What an applied import wrote, all in one transaction. */
public record ImportResult(int inserted, int updated, int branchesCreated) {
}
