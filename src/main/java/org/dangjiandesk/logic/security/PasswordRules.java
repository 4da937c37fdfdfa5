package org.dangjiandesk.logic.security;

import java.util.Optional;

/**
 * Password rules (等保 2.0 level 2): at least 8 characters with letters and digits, not containing the login name,
 * not one character repeated. Returns the message key of the first rule broken.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    public static Optional<String> problem(String loginName, char[] password) {
        String p = new String(password);
        if (p.length() < MIN_LENGTH) {
            return Optional.of("security.password.tooShort");
        }
        boolean letter = p.chars().anyMatch(Character::isLetter);
        boolean digit = p.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("security.password.lettersAndDigits");
        }
        if (loginName != null && !loginName.isBlank()
                && p.toLowerCase(java.util.Locale.ROOT).contains(loginName.strip().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("security.password.containsLogin");
        }
        if (p.chars().distinct().count() < 4) {
            return Optional.of("security.password.tooSimple");
        }
        return Optional.empty();
    }
}
