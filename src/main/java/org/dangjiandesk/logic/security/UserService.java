package org.dangjiandesk.logic.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.store.DataStore;

/**
 * Accounts and passwords, for the administrator (系统管理) and for each user's own password. Every change is
 * audited in the transaction that makes it; the wrapped file keys follow ({@link FileKeys}).
 */
public final class UserService {
    private final DataStore store;
    private final AuditLog audit;
    private final Access access;
    private final PasswordHasher hasher;
    private final FileKeys keys;
    private final Clock clock;

    public UserService(DataStore store, AuditLog audit, Access access, PasswordHasher hasher, FileKeys keys,
                       Clock clock) {
        this.store = store;
        this.audit = audit;
        this.access = access;
        this.hasher = hasher;
        this.keys = keys;
        this.clock = clock;
    }

    public List<UserAccount> users() {
        access.require(Permission.MANAGE_USERS);
        return store.read(r -> r.users().findAll());
    }

    /**
     * @throws PasswordRuleException when the login name or password breaks a rule
     * @throws IllegalArgumentException when the login name is taken
     */
    public UserAccount create(String loginName, String displayName, Role role, java.util.Set<Permission> grants,
                              char[] password) {
        access.require(Permission.MANAGE_USERS);
        String login = LoginNames.check(loginName);
        PasswordRuleException.check(login, password);
        String hash = hasher.hash(password);
        UserAccount created = store.write(r -> {
            if (r.users().findByLogin(login).isPresent()) {
                throw new PasswordRuleException("security.login.taken");
            }
            UserAccount u = r.users().insert(new UserAccount(null, login, displayName.strip(), role,
                    grantable(grants), true, null, 0), hash, now());
            audit.append(r, access.loginName(), AuditAction.USER_CREATED, login,
                    "role: " + role + grantsText(u));
            return u;
        });
        keys.passwordSet(login, password);
        return created;
    }

    /** Saves display name, role, grants and the active flag; the last active administrator stays one. */
    public UserAccount update(UserAccount changed) {
        access.require(Permission.MANAGE_USERS);
        UserAccount clean = new UserAccount(changed.id(), changed.loginName(), changed.displayName().strip(),
                changed.role(), grantable(changed.extraPermissions()), changed.active(), changed.lockedUntil(),
                changed.version());
        UserAccount saved = store.write(r -> {
            UserAccount before = r.users().findByLogin(clean.loginName()).orElseThrow();
            boolean stillAdmin = clean.active() && clean.role() == Role.ADMIN;
            if (before.role() == Role.ADMIN && before.active() && !stillAdmin
                    && r.users().findAll().stream().filter(u -> u.active() && u.role() == Role.ADMIN).count() <= 1) {
                throw new PasswordRuleException("security.user.lastAdmin");
            }
            UserAccount after = r.users().update(clean);
            audit.append(r, access.loginName(), AuditAction.USER_CHANGED, clean.loginName(),
                    FieldDiff.describe(FieldDiff.between(before, after).stream()
                            .filter(c -> !c.field().equals("lockedUntil")).toList()));
            return after;
        });
        if (!saved.active()) {
            keys.removed(saved.loginName());
        }
        access.refresh(saved);
        return saved;
    }

    /** The administrator sets a new password (the user forgot theirs); this also lifts a lock. */
    public void resetPassword(String loginName, char[] password) {
        access.require(Permission.MANAGE_USERS);
        setPassword(loginName, password, "reset by " + access.loginName());
    }

    /** The logged-in user changes their own password, proving the old one. */
    public void changeOwnPassword(char[] oldPassword, char[] newPassword) {
        String login = access.loginName();
        String hash = store.read(r -> r.users().passwordHash(login)).orElseThrow();
        if (!hasher.matches(oldPassword, hash)) {
            throw new LoginException(LoginException.Reason.BAD_CREDENTIALS);
        }
        setPassword(login, newPassword, "");
    }

    private void setPassword(String login, char[] password, String note) {
        PasswordRuleException.check(login, password);
        String hash = hasher.hash(password);
        store.writeVoid(r -> {
            UserAccount u = r.users().findByLogin(login).orElseThrow();
            r.users().setPasswordHash(login, hash, now());
            audit.append(r, access.loginName(), AuditAction.PASSWORD_CHANGED, u.loginName(), note);
        });
        keys.passwordSet(login, password);
    }

    private static java.util.Set<Permission> grantable(java.util.Set<Permission> grants) {
        return grants == null ? java.util.Set.of()
                : grants.stream().filter(Permission::isGrantable).collect(java.util.stream.Collectors.toSet());
    }

    private static String grantsText(UserAccount u) {
        return u.extraPermissions().isEmpty() ? "" : ", grants: " + u.extraPermissions().stream().map(Enum::name)
                .sorted().reduce((a, b) -> a + "," + b).orElse("");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
