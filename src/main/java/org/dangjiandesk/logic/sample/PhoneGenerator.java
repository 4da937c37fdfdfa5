package org.dangjiandesk.logic.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fictitious phone numbers: a mobile prefix of the usual carriers plus eight random digits, never a memorable
 * pattern (8888, 1234) that could be someone's chosen number, and every mobile number used once only.
 */
final class PhoneGenerator {
    private static final List<String> MOBILE_PREFIXES = List.of(
            "139", "138", "137", "136", "135", "134", "150", "151", "152", "157", "158", "159", "182", "187", "188",
            "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177", "199");
    /** Landline area code of the fictitious prefecture; local numbers have eight digits. */
    static final String AREA_CODE = "0529";

    private final Set<String> used = new HashSet<>();

    String mobile(Dice dice) {
        while (true) {
            String tail = dice.digits(8);
            String number = dice.pick(MOBILE_PREFIXES) + tail;
            if (!looksChosen(tail) && used.add(number)) {
                return number;
            }
        }
    }

    String landline(Dice dice) {
        while (true) {
            String local = dice.between(5, 8) + dice.digits(7);
            if (!looksChosen(local)) {
                return AREA_CODE + "-" + local;
            }
        }
    }

    /** Four equal digits in a row, or four ascending or descending ones (1234, 9876). */
    static boolean looksChosen(String digits) {
        for (int i = 0; i + 3 < digits.length(); i++) {
            int a = digits.charAt(i);
            int b = digits.charAt(i + 1);
            int c = digits.charAt(i + 2);
            int d = digits.charAt(i + 3);
            boolean same = a == b && b == c && c == d;
            boolean up = b == a + 1 && c == b + 1 && d == c + 1;
            boolean down = b == a - 1 && c == b - 1 && d == c - 1;
            if (same || up || down) {
                return true;
            }
        }
        return false;
    }
}
