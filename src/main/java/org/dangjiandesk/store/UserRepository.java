package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.APP_USER;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.store.jooq.tables.records.AppUserRecord;
import org.jooq.DSLContext;

/** Accounts. Rows are never deleted (an account is deactivated), so audit entries always name a known user. */
public final class UserRepository {
    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count() {
        return dsl.fetchCount(APP_USER);
    }

    public List<UserAccount> findAll() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ID).fetch(UserRepository::toModel);
    }

    public Optional<UserAccount> findByLogin(String loginName) {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN_NAME.eq(loginName)).fetchOptional(UserRepository::toModel);
    }

    public Optional<String> passwordHash(String loginName) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.LOGIN_NAME.eq(loginName))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    public int failedAttempts(String loginName) {
        return dsl.select(APP_USER.FAILED_ATTEMPTS).from(APP_USER).where(APP_USER.LOGIN_NAME.eq(loginName))
                .fetchOptional(APP_USER.FAILED_ATTEMPTS).orElse(0);
    }

    public UserAccount insert(UserAccount u, String passwordHash, LocalDateTime now) {
        AppUserRecord r = dsl.newRecord(APP_USER);
        r.setLoginName(u.loginName());
        r.setDisplayName(u.displayName());
        r.setUserRole(u.role().name());
        r.setExtraPermissions(encode(u.extraPermissions()));
        r.setPasswordHash(passwordHash);
        r.setActive(u.active());
        r.setFailedAttempts(0);
        r.setCreatedAt(now);
        r.setPasswordChangedAt(now);
        r.setRowVersion(0);
        r.store();
        return toModel(r);
    }

    /**
     * Saves name, role, grants and the active flag if nobody changed the account since it was read.
     *
     * @throws StoreException STALE_DATA when the stored version differs
     */
    public UserAccount update(UserAccount u) {
        int n = dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, u.displayName())
                .set(APP_USER.USER_ROLE, u.role().name())
                .set(APP_USER.EXTRA_PERMISSIONS, encode(u.extraPermissions()))
                .set(APP_USER.ACTIVE, u.active())
                .set(APP_USER.ROW_VERSION, u.version() + 1)
                .where(APP_USER.ID.eq(u.id()).and(APP_USER.ROW_VERSION.eq(u.version())))
                .execute();
        if (n != 1) {
            throw new StoreException(StoreException.Reason.STALE_DATA, "user changed by someone else: " + u.id());
        }
        return findByLogin(u.loginName()).orElseThrow();
    }

    public void setPasswordHash(String loginName, String hash, LocalDateTime now) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.LOGIN_NAME.eq(loginName)).execute();
    }

    /** Records the failed-attempt count and, when it reached the limit, the end of the lock. */
    public void setFailures(String loginName, int failedAttempts, LocalDateTime lockedUntil) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, failedAttempts).set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .where(APP_USER.LOGIN_NAME.eq(loginName)).execute();
    }

    private static String encode(Set<Permission> permissions) {
        return permissions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Permission> decode(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(x -> {
            try {
                set.add(Permission.valueOf(x));
            } catch (IllegalArgumentException e) {
                // a permission of a newer version: ignore rather than lock the user out
            }
        });
        return set;
    }

    private static UserAccount toModel(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getLoginName(), r.getDisplayName(), Role.valueOf(r.getUserRole()),
                decode(r.getExtraPermissions()), Boolean.TRUE.equals(r.getActive()), r.getLockedUntil(),
                r.getRowVersion());
    }
}
