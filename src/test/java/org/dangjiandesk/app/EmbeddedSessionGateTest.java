package org.dangjiandesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.security.AuditQuery;
import org.dangjiandesk.logic.security.Keyring;
import org.dangjiandesk.logic.security.LoginException;
import org.dangjiandesk.logic.security.SessionGate;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;
import org.dangjiandesk.testutil.TestAccounts;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The way into an embedded data folder: first administrator, encryption, keyring, login and lock. */
class EmbeddedSessionGateTest {
    /** Typed into the roster; must not be readable anywhere in the data folder afterwards. */
    private static final String MARKER_NAME = "欧阳标记";
    private static final String MARKER_ADDRESS = "MARKER-ADDR-7Q9Z";
    private static final String MARKER_ID = TestStreet.idNumber("320102", java.time.LocalDate.of(1980, 5, 17), 731);

    @TempDir
    Path dir;

    private ServicesSession admin() {
        return TestAccounts.gate(dir).createAdministrator("admin", "管理员", TestAccounts.PASSWORD.toCharArray());
    }

    @Test
    void newFolder_createsAdministrator_keyringAndEncryptedDatabase() {
        SessionGate gate = TestAccounts.gate(dir);
        assertThat(gate.state()).isEqualTo(SessionGate.DataState.NEW);
        try (ServicesSession s = admin()) {
            assertThat(s.services().security().access().user().role()).isEqualTo(Role.ADMIN);
        }
        assertThat(gate.state()).isEqualTo(SessionGate.DataState.PROTECTED);
        assertThat(Keyring.load(dir).loginNames()).containsExactly("admin");
        assertThatThrownBy(() -> Database.open(DatabaseConfig.embedded(dir)))
                .as("without the file key the database does not open").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> admin()).isInstanceOf(LoginException.class);
    }

    @Test
    void markersTypedIntoTheRoster_areNowhereInTheDataFolder() throws IOException {
        TestAccounts.ensure(dir);
        try (ServicesSession s = TestAccounts.open(dir)) {
            TestStreet street = TestStreet.create(s.services());
            Member m = TestStreet.member(MARKER_NAME, MARKER_ID, street.branch1.id(), MemberCategory.FULL,
                    java.time.LocalDate.of(2005, 7, 1)).toBuilder().homeAddress(MARKER_ADDRESS).build();
            s.services().roster().create(m, EventType.REGISTERED, null);
        }
        try (ServicesSession s = TestAccounts.open(dir)) {
            assertThat(s.services().roster().loadRoster()).extracting(e -> e.name()).contains(MARKER_NAME);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (String marker : List.of(MARKER_NAME, MARKER_ADDRESS, MARKER_ID)) {
                    assertThat(contains(bytes, marker.getBytes(StandardCharsets.UTF_8)))
                            .as(marker + " in " + dir.relativize(f)).isFalse();
                    assertThat(contains(bytes, marker.getBytes(StandardCharsets.UTF_16BE)))
                            .as(marker + " (UTF-16) in " + dir.relativize(f)).isFalse();
                }
            }
        }
    }

    @Test
    void dataFromBeforeAccounts_isEncryptedWhenTheAdministratorIsCreated_andKept() {
        try (AppServices plain = AppServices.wire(Database.open(DatabaseConfig.embedded(dir)), Locale.CHINA,
                TestServices.CLOCK, TestAccounts.clerkAccess())) {
            TestStreet.create(plain.services());
        }
        SessionGate gate = TestAccounts.gate(dir);
        assertThat(gate.state()).isEqualTo(SessionGate.DataState.UNPROTECTED);
        try (ServicesSession s = admin()) {
            assertThat(s.services().roster().loadRoster()).extracting(e -> e.name()).contains("张建国", "李芳");
            assertThat(s.services().security().audit().find(AuditQuery.latest(10))).extracting(AuditEntry::action)
                    .contains(AuditAction.DATA_ENCRYPTED, AuditAction.USER_CREATED);
        }
        assertThatThrownBy(() -> Database.open(DatabaseConfig.embedded(dir))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void wrongPasswords_lockInTheKeyring_andAreAuditedAtTheNextLogin() {
        TestAccounts.ensure(dir);
        SessionGate gate = TestAccounts.gate(dir);
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> gate.login("clerk", "Falsch-1234".toCharArray()))
                    .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> gate.login("clerk", "Falsch-1234".toCharArray()))
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.LOCKED);
        assertThatThrownBy(() -> gate.login("clerk", TestAccounts.PASSWORD.toCharArray()))
                .as("locked even with the right password")
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.LOCKED);
        assertThatThrownBy(() -> gate.login("ghost", "Falsch-1234".toCharArray()))
                .extracting(e -> ((LoginException) e).reason()).isEqualTo(LoginException.Reason.BAD_CREDENTIALS);

        try (ServicesSession s = gate.login("admin", TestAccounts.PASSWORD.toCharArray())) {
            List<AuditEntry> log = s.services().security().audit().find(AuditQuery.latest(50));
            assertThat(log).filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED).hasSize(7)
                    .extracting(AuditEntry::loginName).contains("clerk", "ghost");
            assertThat(s.services().security().audit().verify().intact()).isTrue();
        }
    }

    @Test
    void newUser_canOpenTheData_withTheirOwnPassword_andADeactivatedOneCannot() {
        TestAccounts.ensure(dir);
        org.dangjiandesk.model.UserAccount u;
        try (ServicesSession admin = TestAccounts.gate(dir).login("admin", TestAccounts.PASSWORD.toCharArray())) {
            u = admin.services().security().users().create("zhao", "赵查看", Role.VIEWER, java.util.Set.of(),
                    "Tiger-Passw0rd".toCharArray());
        }
        try (ServicesSession zhao = TestAccounts.gate(dir).login("zhao", "Tiger-Passw0rd".toCharArray())) {
            assertThat(zhao.services().security().access().user().role()).isEqualTo(Role.VIEWER);
        }
        try (ServicesSession admin = TestAccounts.gate(dir).login("admin", TestAccounts.PASSWORD.toCharArray())) {
            admin.services().security().users().update(new org.dangjiandesk.model.UserAccount(u.id(), "zhao", "赵查看",
                    Role.VIEWER, java.util.Set.of(), false, null, u.version()));
        }
        assertThatThrownBy(() -> TestAccounts.gate(dir).login("zhao", "Tiger-Passw0rd".toCharArray()))
                .isInstanceOf(LoginException.class);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
