package org.dangjiandesk.logic.security;

/** Login names: 2–32 letters (Chinese too), digits, '.', '_' or '-'; no spaces. */
public final class LoginNames {
    private LoginNames() {
    }

    public static boolean isValid(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        return t.length() >= 2 && t.length() <= 32
                && t.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
    }

    /** @throws PasswordRuleException (key security.login.invalid) when not valid */
    static String check(String s) {
        if (!isValid(s)) {
            throw new PasswordRuleException("security.login.invalid");
        }
        return s.strip();
    }
}
