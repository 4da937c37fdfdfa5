package org.dangjiandesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts checked against the database: the path of a database server, and of the unlock screen. */
class AccountsTest {
    private static final char[] GOOD = "Gut-Passw0rd".toCharArray();

    private Database db;
    private MutableClock clock;
    private LoginService logins;
    private UserAccount admin;
    private UserService users;

    @BeforeEach
    void setUp() {
        db = Database.open(DatabaseConfig.inMemory("accounts-" + System.nanoTime()));
        clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"));
        logins = new LoginService(db, PasswordHasher.fastForTests(), clock);
        admin = logins.createFirstAdministrator("admin", "管理员", GOOD, false);
        users = new UserService(db, new AuditLog(db, clock), new Access(admin), PasswordHasher.fastForTests(),
                FileKeys.NONE, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<AuditEntry> audit() {
        return new AuditLog(db, clock).find(AuditQuery.latest(100));
    }

    @Test
    void firstAdministrator_canOnlyBeCreatedOnce() {
        assertThatThrownBy(() -> logins.createFirstAdministrator("boss", "老板", GOOD, false))
                .isInstanceOf(LoginException.class)
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.ALREADY_SET_UP);
    }

    @Test
    void passwords_areStoredAsArgon2idHashes_never_inTheClear() {
        String hash = db.read(r -> r.users().passwordHash("admin")).orElseThrow();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(new String(GOOD));
    }

    @Test
    void fiveWrongPasswords_lockTheAccountFor15Minutes_evenAgainstTheRightOne() {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> logins.login("admin", "wrong-1234".toCharArray(), List.of()))
                    .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> logins.login("admin", "wrong-1234".toCharArray(), List.of()))
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.LOCKED);
        assertThatThrownBy(() -> logins.login("admin", GOOD, List.of()))
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.LOCKED);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> logins.login("admin", GOOD, List.of())).isInstanceOf(LoginException.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(logins.login("admin", GOOD, List.of()).loginName()).isEqualTo("admin");

        assertThat(audit()).extracting(AuditEntry::action)
                .contains(AuditAction.LOGIN_FAILED, AuditAction.ACCOUNT_LOCKED, AuditAction.LOGIN);
    }

    @Test
    void unknownUser_getsTheSameMessageAsAWrongPassword_andIsAudited() {
        assertThatThrownBy(() -> logins.login("nobody", GOOD, List.of()))
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.BAD_CREDENTIALS);
        assertThat(audit().get(0).action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(audit().get(0).loginName()).isEqualTo("nobody");
    }

    @Test
    void weakPasswords_areRefusedWithTheRuleBroken() {
        assertThat(PasswordRules.problem("li", "short1".toCharArray())).contains("security.password.tooShort");
        assertThat(PasswordRules.problem("li", "abcdefghij".toCharArray()))
                .contains("security.password.lettersAndDigits");
        assertThat(PasswordRules.problem("zhangsan", "zhangsan2026".toCharArray()))
                .contains("security.password.containsLogin");
        assertThat(PasswordRules.problem("li", "a1a1a1a1a1".toCharArray())).contains("security.password.tooSimple");
        assertThatThrownBy(() -> users.create("li", "李", Role.CLERK, Set.of(), "abc".toCharArray()))
                .isInstanceOf(PasswordRuleException.class);
    }

    @Test
    void newClerk_logsIn_withRoleAndGrants() {
        users.create("wang", "王录入", Role.CLERK, EnumSet.of(Permission.VIEW_UNMASKED, Permission.MANAGE_USERS),
                GOOD);
        UserAccount wang = logins.login("wang", GOOD, List.of());
        assertThat(wang.may(Permission.EDIT_RECORDS)).isTrue();
        assertThat(wang.may(Permission.VIEW_UNMASKED)).isTrue();
        assertThat(wang.may(Permission.MANAGE_USERS)).as("not grantable: only the role brings it").isFalse();
    }

    @Test
    void deactivatedAccount_cannotLogIn() {
        UserAccount wang = users.create("wang", "王录入", Role.CLERK, Set.of(), GOOD);
        users.update(new UserAccount(wang.id(), "wang", "王录入", Role.CLERK, Set.of(), false, null, wang.version()));
        assertThatThrownBy(() -> logins.login("wang", GOOD, List.of()))
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.INACTIVE);
    }

    @Test
    void lastActiveAdministrator_cannotBeDemoted() {
        assertThatThrownBy(() -> users.update(new UserAccount(admin.id(), "admin", "管理员", Role.CLERK, Set.of(),
                true, null, admin.version()))).isInstanceOf(PasswordRuleException.class)
                .hasMessageContaining("lastAdmin");
    }

    @Test
    void clerk_cannotManageUsers() {
        UserAccount wang = users.create("wang", "王录入", Role.CLERK, Set.of(), GOOD);
        UserService asClerk = new UserService(db, new AuditLog(db, clock), new Access(wang),
                PasswordHasher.fastForTests(), FileKeys.NONE, clock);
        assertThatThrownBy(asClerk::users).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void userChanges_areAudited_withTheFieldsThatChanged() {
        UserAccount wang = users.create("wang", "王录入", Role.CLERK, Set.of(), GOOD);
        users.update(new UserAccount(wang.id(), "wang", "王录入", Role.VIEWER, Set.of(), true, null, wang.version()));
        AuditEntry e = audit().get(0);
        assertThat(e.action()).isEqualTo(AuditAction.USER_CHANGED);
        assertThat(e.loginName()).isEqualTo("admin");
        assertThat(e.details()).contains("role: CLERK → VIEWER");
    }

    @Test
    void resetPassword_liftsTheLock() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logins.login("admin", "wrong-1234".toCharArray(), List.of()))
                    .isInstanceOf(LoginException.class);
        }
        users.resetPassword("admin", "Neues-Passw0rt".toCharArray());
        assertThat(logins.login("admin", "Neues-Passw0rt".toCharArray(), List.of()).loginName()).isEqualTo("admin");
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
