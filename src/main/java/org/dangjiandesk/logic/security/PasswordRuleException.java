package org.dangjiandesk.logic.security;

import org.dangjiandesk.logic.KeyedException;

/** A login name or new password breaks a rule of {@link PasswordRules} or {@link LoginNames}. */
public final class PasswordRuleException extends KeyedException {
    private static final long serialVersionUID = 1L;

    public PasswordRuleException(String messageKey) {
        super(messageKey, PasswordRules.MIN_LENGTH);
    }

    static void check(String loginName, char[] password) {
        PasswordRules.problem(loginName, password).ifPresent(k -> {
            throw new PasswordRuleException(k);
        });
    }
}
