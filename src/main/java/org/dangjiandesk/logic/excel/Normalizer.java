package org.dangjiandesk.logic.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what clerks type into clean values: full-width characters folded, stray spaces removed, and dates in the
 * many ways they are written (1985.03, 1985年3月, 19850312, 1985-3-12, 1985/3/12). A date given to the month only
 * becomes the first of that month.
 */
public final class Normalizer {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT_YMD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern COMPACT_YM = Pattern.compile("(\\d{4})(\\d{2})");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Normalizer() {
    }

    /** Most cells hold none: then no regular expression runs at all (100,000 rows × 20 cells). */
    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Full-width ASCII (Ａ１，) to half-width, the ideographic space to a space. */
    public static String halfWidth(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Half-width, trimmed, inner runs of white space collapsed to one space. Null stays empty. */
    public static String text(String s) {
        String t = halfWidth(s).strip();
        return hasWhitespace(t) ? WHITESPACE.matcher(t).replaceAll(" ") : t;
    }

    /** For numbers and codes (phones, ID numbers): half-width with every space and dash-like space removed. */
    public static String compact(String s) {
        String t = halfWidth(s);
        return hasWhitespace(t) ? WHITESPACE.matcher(t).replaceAll("") : t;
    }

    /** A date written in any of the usual ways, or empty when it is not one (or does not exist, e.g. 2月30日). */
    public static Optional<LocalDate> date(String raw) {
        String s = compact(raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = YMD.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = YM.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), "1");
        }
        m = COMPACT_YMD.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT_YM.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), "1");
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1880 || year > 2200) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 是/否 in the ways clerks write it; empty when neither. */
    public static Optional<Boolean> yesNo(String raw) {
        String s = compact(raw).toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "是", "√", "y", "yes", "true", "1", "有" -> Optional.of(true);
            case "否", "×", "x", "n", "no", "false", "0", "无", "" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
