package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;

/** Reading and writing points as clerks type them: "25", "24.5", "２５" (full-width digits too). */
public final class Scores {
    private Scores() {
    }

    /** "25" for 25.0, "24.5" for 24.5. */
    public static String format(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    /**
     * Parses typed text; blank is null (not scored).
     *
     * @throws RatingException when it is not a number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        try {
            return new BigDecimal(b.toString());
        } catch (NumberFormatException e) {
            throw new RatingException("rating.error.notNumber", text.strip());
        }
    }
}
