package org.dangjiandesk.logic.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.store.DataStore;

/**
 * Checks a login against the accounts in the database, with the lock after {@link LoginPolicy#MAX_FAILURES}
 * failures, and writes the outcome to the audit log. Runs before the session's services exist.
 */
public final class LoginService {
    private final DataStore store;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public LoginService(DataStore store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.audit = new AuditLog(store, clock);
        this.hasher = hasher;
        this.clock = clock;
    }

    public boolean hasAccounts() {
        return store.read(r -> r.users().count() > 0);
    }

    /**
     * Creates the first administrator of a data folder (there is no default account).
     *
     * @throws LoginException ALREADY_SET_UP when accounts exist
     * @throws PasswordRuleException when the password is too weak
     */
    public UserAccount createFirstAdministrator(String loginName, String displayName, char[] password,
                                                boolean encryptedExistingData) {
        String login = LoginNames.check(loginName);
        PasswordRuleException.check(login, password);
        String hash = hasher.hash(password);
        return store.write(r -> {
            if (r.users().count() > 0) {
                throw new LoginException(LoginException.Reason.ALREADY_SET_UP);
            }
            UserAccount admin = r.users().insert(new UserAccount(null, login, displayName.strip(), Role.ADMIN,
                    null, true, null, 0), hash, now());
            audit.append(r, login, AuditAction.USER_CREATED, login, "role: ADMIN");
            if (encryptedExistingData) {
                audit.append(r, login, AuditAction.DATA_ENCRYPTED, "", "");
            }
            return admin;
        });
    }

    /**
     * Logs a user in. Failures queued before the database could be opened (wrong passwords at an encrypted
     * database) are written to the audit log first.
     *
     * @throws LoginException when refused; the failure is counted and logged
     */
    public UserAccount login(String loginName, char[] password, List<String[]> queuedFailures) {
        String login = loginName == null ? "" : loginName.strip();
        // the outcome is returned, not thrown, so the failure count and the audit entries commit either way
        Outcome o = store.write(r -> {
            for (String[] f : queuedFailures) {
                audit.append(r, f.length > 1 ? f[1] : "?", AuditAction.LOGIN_FAILED, "",
                        (f.length > 2 ? f[2] : "") + " @ " + f[0]);
            }
            UserAccount u = r.users().findByLogin(login).orElse(null);
            LocalDateTime now = now();
            if (u == null) {
                audit.append(r, login, AuditAction.LOGIN_FAILED, "", "unknown user");
                return Outcome.refused(LoginException.Reason.BAD_CREDENTIALS, null);
            }
            if (u.lockedUntil() != null && u.lockedUntil().isAfter(now)) {
                audit.append(r, login, AuditAction.LOGIN_FAILED, "", "locked");
                return Outcome.refused(LoginException.Reason.LOCKED, u.lockedUntil());
            }
            if (!hasher.matches(password, r.users().passwordHash(login).orElse(null))) {
                int failures = r.users().failedAttempts(login) + 1;
                LocalDateTime lock = failures >= LoginPolicy.MAX_FAILURES ? now.plus(LoginPolicy.LOCK) : null;
                r.users().setFailures(login, lock != null ? 0 : failures, lock);
                audit.append(r, login, AuditAction.LOGIN_FAILED, "", "wrong password");
                if (lock != null) {
                    audit.append(r, login, AuditAction.ACCOUNT_LOCKED, login, "until " + lock);
                    return Outcome.refused(LoginException.Reason.LOCKED, lock);
                }
                return Outcome.refused(LoginException.Reason.BAD_CREDENTIALS, null);
            }
            if (!u.active()) {
                audit.append(r, login, AuditAction.LOGIN_FAILED, "", "inactive");
                return Outcome.refused(LoginException.Reason.INACTIVE, null);
            }
            r.users().setFailures(login, 0, null);
            audit.append(r, login, AuditAction.LOGIN, "", "");
            return new Outcome(u, null, null);
        });
        if (o.user() == null) {
            throw new LoginException(o.refusal(), o.lockedUntil());
        }
        return o.user();
    }

    private record Outcome(UserAccount user, LoginException.Reason refusal, LocalDateTime lockedUntil) {
        static Outcome refused(LoginException.Reason reason, LocalDateTime lockedUntil) {
            return new Outcome(null, reason, lockedUntil);
        }
    }

    /** Checks the password of the logged-in user to unlock the screen; failures count towards the lock. */
    public UserAccount unlock(String loginName, char[] password) {
        UserAccount u = login(loginName, password, List.of());
        audit.record(u.loginName(), AuditAction.SCREEN_UNLOCKED, "", "");
        return u;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
