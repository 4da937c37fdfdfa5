package org.dangjiandesk.logic.excel.read;

import java.time.LocalDate;

/**
 * One cell as stored in the file, never evaluated: a formula cell is reported as {@link Kind#FORMULA} with its
 * formula text, whatever its cached result. {@code text} is what a clerk sees for TEXT cells; NUMBER cells keep
 * the raw number so that an identity number stored as a number can be recognised (and refused).
 */
public record CellValue(Kind kind, String text, double number, LocalDate date) {

    /** How the cell was stored. */
    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR }

    public static final CellValue BLANK = new CellValue(Kind.BLANK, "", 0, null);

    public static CellValue text(String s) {
        return s == null || s.isEmpty() ? BLANK : new CellValue(Kind.TEXT, s, 0, null);
    }

    public static CellValue number(double n) {
        return new CellValue(Kind.NUMBER, plain(n), n, null);
    }

    public static CellValue date(LocalDate d) {
        return new CellValue(Kind.DATE, d.toString(), 0, d);
    }

    public static CellValue formula(String formula) {
        return new CellValue(Kind.FORMULA, "=" + formula, 0, null);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }

    /** A number as people write it: 12 not 12.0, no exponent. */
    static String plain(double n) {
        if (n == Math.rint(n) && Math.abs(n) < 1e15) {
            return Long.toString((long) n);
        }
        return java.math.BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
