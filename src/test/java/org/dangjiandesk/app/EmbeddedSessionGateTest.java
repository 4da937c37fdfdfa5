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

    /**
     * A session that types the markers into the roster, makes a backup and exports the roster (to a file the
     * clerk chose, outside the folders checked): afterwards the data folder (database, keyring, backups inside
     * it, logs) and every file written to the temporary folder during the session hold none of them, also not
     * inside the backup's zip entries.
     */
    @Test
    void markersTypedIntoTheRoster_areNowhereInTheDataBackupTempOrLogFolders(@TempDir Path exports)
            throws IOException {
        long started = System.currentTimeMillis() - 1_000;
        TestAccounts.ensure(dir);
        try (ServicesSession s = TestAccounts.open(dir)) {
            TestStreet street = TestStreet.create(s.services());
            Member m = TestStreet.member(MARKER_NAME, MARKER_ID, street.branch1.id(), MemberCategory.FULL,
                    java.time.LocalDate.of(2005, 7, 1)).toBuilder().homeAddress(MARKER_ADDRESS).build();
            s.services().roster().create(m, EventType.REGISTERED, null);
            s.services().backup().backup(org.dangjiandesk.logic.backup.BackupKind.MANUAL);
            s.services().excel().rosterExport().export(exports.resolve("花名册.xlsx"),
                    new org.dangjiandesk.logic.excel.roster.RosterExportRequest(
                            List.of(org.dangjiandesk.logic.excel.roster.RosterColumn.NAME,
                                    org.dangjiandesk.logic.excel.roster.RosterColumn.HOME_ADDRESS),
                            null, false, "测试街道党工委", TestServices.TODAY),
                    org.dangjiandesk.logic.Progress.NONE);
        }
        try (ServicesSession s = TestAccounts.open(dir)) {
            assertThat(s.services().roster().loadRoster()).extracting(e -> e.name()).contains(MARKER_NAME);
        }
        assertThat(Files.list(dir.resolve("backups")).toList()).as("a backup was made").isNotEmpty();
        assertThat(contents(exports.resolve("花名册.xlsx")))
                .as("control: the scan finds the name inside the exported workbook the clerk chose to write")
                .anyMatch(c -> contains(c.getValue(), MARKER_NAME.getBytes(StandardCharsets.UTF_8)));
        List<Path> checked = new java.util.ArrayList<>(filesIn(dir, 0));
        checked.addAll(filesIn(Path.of(System.getProperty("java.io.tmpdir")), started).stream()
                .filter(f -> !f.startsWith(exports) && !f.startsWith(dir)).toList());
        for (Path f : checked) {
            for (var content : contents(f)) {
                for (String marker : List.of(MARKER_NAME, MARKER_ADDRESS, MARKER_ID)) {
                    assertThat(contains(content.getValue(), marker.getBytes(StandardCharsets.UTF_8)))
                            .as(marker + " in " + content.getKey()).isFalse();
                    assertThat(contains(content.getValue(), marker.getBytes(StandardCharsets.UTF_16BE)))
                            .as(marker + " (UTF-16) in " + content.getKey()).isFalse();
                }
            }
        }
    }

    /** Regular files under a folder, modified at or after {@code since} (ms); unreadable ones are skipped. */
    private static List<Path> filesIn(Path root, long since) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() && a.lastModifiedTime().toMillis() >= since) {
                    found.add(f);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** A file's bytes, and for a zip (a backup, a workbook) also each entry's unpacked bytes. */
    private static List<java.util.Map.Entry<String, byte[]>> contents(Path f) throws IOException {
        List<java.util.Map.Entry<String, byte[]>> all = new java.util.ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException gone) {
            return all; // another test's temporary file, deleted meanwhile
        }
        all.add(java.util.Map.entry(f.toString(), bytes));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            // ZipFile reads the central directory: POI's streamed entries (ZIP64, sizes after the data) are not
            // readable with ZipInputStream
            try (var zip = new java.util.zip.ZipFile(f.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(e)) {
                        all.add(java.util.Map.entry(f + "!" + e.getName(), in.readAllBytes()));
                    }
                }
            } catch (IOException notAZip) {
                // scanned as bytes above
            }
        }
        return all;
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
