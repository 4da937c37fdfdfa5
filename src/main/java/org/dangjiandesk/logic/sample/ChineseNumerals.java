package org.dangjiandesk.logic.sample;

/** 一 … 九十九 and beyond, as in 第三党支部 and 第十二网格. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative");
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                    + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
        }
        if (n < 1000) {
            int hundreds = n / 100;
            int rest = n % 100;
            String tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest)
                    : rest < 20 ? "一" + of(rest) : of(rest);
            return DIGITS.charAt(hundreds) + "百" + tail;
        }
        return Integer.toString(n);
    }
}
