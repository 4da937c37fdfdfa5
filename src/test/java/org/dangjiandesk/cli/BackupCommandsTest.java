package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out FILE}, {@code restore FILE} and {@code verify} on a data folder. */
class BackupCommandsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dataDir);
    }

    private String membersJson() {
        assertThat(cli.run("info", "--json")).isZero();
        return cli.out.toString().replaceAll(".*\"members\":\\{\"current\":(\\d+),.*", "$1").strip();
    }

    @Test
    void backupThenChangeThenRestore_bringsBackTheDataAsAtTheBackup() throws Exception {
        assertThat(cli.run("sample", "--members", "120", "--seed", "5")).isZero();
        Path file = elsewhere.resolve("周五.djbak");
        assertThat(cli.run("backup", "--out", file.toString())).isZero();
        assertThat(cli.out.toString()).contains("已备份并验证").contains("周五.djbak");
        assertThat(file).isRegularFile();

        addAMember();
        assertThat(membersJson()).isEqualTo("121");
        assertThat(cli.run("backup")).isZero(); // one more, into the backup folder
        assertThat(dataDir.resolve("backups")).isDirectoryContaining("glob:**-manual.djbak");

        assertThat(cli.run("restore", file.toString())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("已恢复").contains("被替换的数据库文件").contains("恢复前的数据备份");
        assertThat(membersJson()).isEqualTo("120");
        try (Stream<Path> aside = Files.list(dataDir.resolve("replaced"))) {
            assertThat(aside).hasSize(1);
        }
    }

    /** A change after the backup, saved the way the window saves it. */
    private void addAMember() {
        try (var s = org.dangjiandesk.testutil.TestAccounts.open(dataDir)) {
            long branch = s.services().orgs().loadTree().all().stream()
                    .filter(o -> o.type() == org.dangjiandesk.model.OrgType.BRANCH).findFirst().orElseThrow().id();
            s.services().roster().create(org.dangjiandesk.testutil.TestStreet.member("赵新",
                            org.dangjiandesk.testutil.TestStreet.idNumber("320502", java.time.LocalDate.of(1970, 1, 1), 21),
                            branch, org.dangjiandesk.model.MemberCategory.FULL, java.time.LocalDate.of(2000, 7, 1)),
                    org.dangjiandesk.model.EventType.REGISTERED, null);
        }
    }

    @Test
    void verify_reportsEveryTable_andADamagedFileWithExitCode1() throws Exception {
        assertThat(cli.run("init", "--street", "幸福街道")).isZero();
        assertThat(cli.run("verify")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("数据库完好").contains("PARTY_MEMBER");

        Path db = dataDir.resolve("dangjiandesk.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(db, bytes);
        assertThat(cli.run("verify")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("数据库文件已损坏");
        assertThat(Files.readAllBytes(db)).as("verify changes nothing").isEqualTo(bytes);
    }

    @Test
    void restore_overADamagedDatabase_movesTheDamagedFileAside() throws Exception {
        assertThat(cli.run("init", "--street", "幸福街道")).isZero();
        assertThat(cli.run("backup")).isZero();
        Path backup;
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        Path db = dataDir.resolve("dangjiandesk.mv.db");
        byte[] damaged = Files.readAllBytes(db);
        damaged[damaged.length / 2] ^= 0x10;
        Files.write(db, damaged);
        assertThat(cli.run("info")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("数据库文件已损坏");

        assertThat(cli.run("restore", backup.toString())).as(cli.err.toString()).isZero();
        Path aside;
        try (Stream<Path> files = Files.list(dataDir.resolve("replaced"))) {
            aside = files.findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(aside)).as("the damaged file is kept, byte for byte").isEqualTo(damaged);
        assertThat(cli.run("verify")).isZero();
        assertThat(cli.run("info")).isZero();
        assertThat(cli.out.toString()).contains("幸福街道");
    }

    @Test
    void restore_ofAFileThatIsNoBackup_changesNothing() throws Exception {
        assertThat(cli.run("init", "--street", "幸福街道")).isZero();
        Path junk = elsewhere.resolve("x.djbak");
        Files.writeString(junk, "not a zip");
        assertThat(cli.run("restore", junk.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("不是党建工作台的备份");
        assertThat(dataDir.resolve("replaced")).doesNotExist();
    }
}
