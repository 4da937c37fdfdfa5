package org.dangjiandesk.logic.excel.roster;

/**
 * How an import treats branch names it does not know: refuse them (the default), or create them as 党支部 under
 * the organisation named by {@code under} (its full name, short name or 12-digit code). {@code under} also marks
 * the import as one organisation's roster, so members of that organisation missing from the file are listed.
 */
public record ImportOptions(boolean createBranches, String under) {
    public static final ImportOptions DEFAULT = new ImportOptions(false, null);
}
