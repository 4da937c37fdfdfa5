package org.dangjiandesk.model;

/**
 * How personal numbers are shown unless the user may see them in full: ID 3202**********123X, phone 139****5678.
 * Values that are not numbers of the expected shape are masked all but their last two characters.
 */
public final class Masking {
    private Masking() {
    }

    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() == 18) {
            return id.substring(0, 4) + "*".repeat(10) + id.substring(14);
        }
        return generic(id);
    }

    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        if (phone.length() == 11 && phone.chars().allMatch(Character::isDigit)) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        return generic(phone);
    }

    private static String generic(String s) {
        int keep = Math.min(2, s.length());
        return "*".repeat(s.length() - keep) + s.substring(s.length() - keep);
    }
}
