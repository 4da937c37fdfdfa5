package org.dangjiandesk.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.AuditQuery;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    Path dataDir;

    private ServicesSession open() {
        return org.dangjiandesk.testutil.TestAccounts.open(dataDir);
    }

    private static int members(ServicesSession s) {
        return s.services().roster().loadRoster().size();
    }

    private static void addMember(ServicesSession s, TestStreet street, String name, int seq) {
        s.services().roster().create(TestStreet.member(name, TestStreet.idNumber("320502", LocalDate.of(1970, 1, 1), seq),
                street.branch1.id(), MemberCategory.FULL, LocalDate.of(2000, 7, 1)), EventType.REGISTERED, null);
    }

    @Test
    void backup_isVerified_holdsTheRowsOfThatMoment_andIsListed() {
        try (ServicesSession s = open()) {
            TestStreet.create(s.services());
            BackupInfo made = s.services().backup().backup(BackupKind.MANUAL);

            assertThat(made.file().getFileName().toString()).endsWith("-manual.djbak");
            assertThat(made.file().getParent()).isEqualTo(dataDir.resolve("backups"));
            assertThat(made.verified()).isTrue();
            assertThat(made.rowCounts()).containsEntry("PARTY_MEMBER", 3L);
            assertThat(made.rowCounts()).isEqualTo(s.services().backup().verify(made.file()).rowCounts());
            assertThat(s.services().backup().list()).extracting(BackupInfo::file).containsExactly(made.file());
            assertThat(dataDir.resolve("backups")).isDirectoryNotContaining("glob:**.part");
        }
    }

    @Test
    void restore_bringsBackTheDataAsAtTheBackup_afterBackingUpTheCurrentState_andKeepsTheReplacedFile() {
        Path backup;
        try (ServicesSession s = open()) {
            TestStreet street = TestStreet.create(s.services());
            backup = s.services().backup().backup(BackupKind.MANUAL).file();
            addMember(s, street, "赵新", 21);
            s.services().setup().streetName(); // still usable
            assertThat(members(s)).isEqualTo(4);
        }
        RestoreResult result;
        ServicesSession s = open();
        try {
            result = s.services().backup().restore(backup, s::close);
        } finally {
            s.close(); // closing twice is harmless
        }
        assertThat(result.setAside()).hasValueSatisfying(p -> {
            assertThat(p).exists();
            assertThat(p.getParent()).isEqualTo(dataDir.resolve("replaced"));
        });
        assertThat(result.stateBefore()).hasValueSatisfying(b -> {
            assertThat(b.kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
            assertThat(b.rowCounts()).containsEntry("PARTY_MEMBER", 4L);
        });
        try (ServicesSession reopened = open()) {
            assertThat(members(reopened)).isEqualTo(3);
            assertThat(reopened.services().roster().loadRoster()).noneMatch(e -> e.name().equals("赵新"));
            assertThat(reopened.services().backup().list()).hasSize(2);
        }
    }

    @Test
    void backupAndRestore_areAudited_theRestoreInTheRestoredDatabase_namingTheBackup() {
        Path backup;
        try (ServicesSession s = open()) {
            TestStreet.create(s.services());
            backup = s.services().backup().backup(BackupKind.MANUAL).file();
            AuditEntry made = s.services().security().audit().find(AuditQuery.latest(1)).get(0);
            assertThat(made.action()).isEqualTo(AuditAction.BACKUP);
            assertThat(made.target()).isEqualTo(backup.getFileName().toString());
            assertThat(made.details()).startsWith("kind: MANUAL\nrows: ");
        }
        ServicesSession s = open();
        try {
            s.services().backup().restore(backup, s::close);
        } finally {
            s.close();
        }
        try (ServicesSession reopened = open()) {
            List<AuditEntry> log = reopened.services().security().audit().find(AuditQuery.latest(1000));
            AuditEntry restore = log.stream().filter(e -> e.action() == AuditAction.RESTORE).findFirst().orElseThrow();
            assertThat(restore.loginName()).isEqualTo("clerk");
            assertThat(restore.target()).isEqualTo(backup.getFileName().toString());
            assertThat(restore.details()).contains("backup: " + backup.getFileName(), "kind: MANUAL",
                    "stateBefore: ").contains("before-restore");
            // the backup itself does not hold its own entry: the restored log has no BACKUP entry of that file
            assertThat(log).noneMatch(e -> e.action() == AuditAction.BACKUP);
            assertThat(reopened.services().security().audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aBrokenBackup_isRefused_andNothingChanges() throws Exception {
        Path junk = dataDir.resolve("junk.djbak");
        byte[] bytes = new byte[50_000];
        new Random(7).nextBytes(bytes);
        Files.write(junk, bytes);
        try (ServicesSession s = open()) {
            TestStreet.create(s.services());
            Path good = s.services().backup().backup(BackupKind.MANUAL).file();
            Path truncated = dataDir.resolve("truncated.djbak");
            Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(good), (int) Files.size(good) / 2));
            for (Path bad : List.of(junk, truncated)) {
                assertThatThrownBy(() -> s.services().backup().restore(bad, () -> {
                    throw new AssertionError("must not close");
                })).isInstanceOf(BackupException.class)
                        .extracting(e -> ((BackupException) e).reason()).isEqualTo(BackupException.Reason.NOT_A_BACKUP);
            }
            assertThat(members(s)).isEqualTo(3);
            assertThat(s.services().backup().list()).hasSize(1); // no before-restore backup was made
        }
        assertThat(dataDir.resolve("replaced")).doesNotExist();
    }

    @Test
    void backupIfDue_makesOneDailyBackupADay() {
        try (ServicesSession s = open()) {
            assertThat(s.services().backup().backupIfDue()).hasValueSatisfying(b ->
                    assertThat(b.kind()).isEqualTo(BackupKind.DAILY));
            assertThat(s.services().backup().backupIfDue()).isEmpty();
        }
    }

    @Test
    void theChosenFolder_isRemembered_andUsed(@TempDir Path usb) {
        try (ServicesSession s = open()) {
            s.services().backup().chooseFolder(usb.resolve("党建备份"));
        }
        try (ServicesSession s = open()) {
            assertThat(s.services().backup().folder()).isEqualTo(usb.resolve("党建备份"));
            BackupInfo b = s.services().backup().backup(BackupKind.EXIT);
            assertThat(b.file().getParent()).isEqualTo(usb.resolve("党建备份"));
        }
    }
}
