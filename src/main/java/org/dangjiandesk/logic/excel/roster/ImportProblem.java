package org.dangjiandesk.logic.excel.roster;

/**
 * One problem found in an imported file, in the clerk's language, naming the row and the column as the file has
 * them ({@code column} like "D列「身份证号」", empty for a whole-row problem; {@code columnIndex} 0-based).
 */
public record ImportProblem(int row, int columnIndex, String column, Severity severity, String message) {

    /** A problem of the whole row, not of one cell. */
    public static final int NO_COLUMN = -1;

    /** Errors reject the row; warnings are shown but the row is imported. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
