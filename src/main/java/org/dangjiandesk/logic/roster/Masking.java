package org.dangjiandesk.logic.roster;

/**
 * Masked display of personal numbers (PIPL; GB/T 35273): an identity number keeps its first 4 and last 4
 * characters (3202**********123X), a phone number its first 3 and last 4 digits (139****5678). Screens and
 * exports show these unless the user's role permits the full number.
 */
public final class Masking {
    private Masking() {
    }

    /** 3202**********123X; the same as {@code IdNumber.masked()} for valid numbers, but for any text. */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** 139****5678 for a mobile number; landlines keep their last 4 digits (0512-****5678). */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        int n = phone.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        if (n == 11 && phone.charAt(0) == '1') {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        int dash = phone.indexOf('-');
        int keepFront = dash > 0 && dash < n - 4 ? dash + 1 : Math.min(3, n - 4);
        return phone.substring(0, keepFront) + "*".repeat(n - 4 - keepFront) + phone.substring(n - 4);
    }
}
