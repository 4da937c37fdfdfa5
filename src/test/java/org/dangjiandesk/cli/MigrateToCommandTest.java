package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate-to}: into a new data folder (the PostgreSQL direction is covered by DatabaseCopyTest). */
class MigrateToCommandTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    @Test
    void migrateToANewDataFolder_copiesAndVerifies_andTheCopyHoldsTheSameData() {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("init", "--street", "幸福街道")).isZero();

        assertThat(cli.run("migrate-to", "--data-dir", elsewhere.resolve("copy").toString(), "--json")).isZero();
        assertThat(cli.out.toString()).contains("\"verified\":true").contains("\"org_unit\":{\"rows\":1,");

        CliRun copy = new CliRun(elsewhere.resolve("copy"));
        assertThat(copy.run("info")).isZero();
        assertThat(copy.out.toString()).contains("幸福街道");
    }

    @Test
    void migrateToAFolderWithADatabase_isRefusedWithExitCode1() {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("init", "--street", "幸福街道")).isZero();
        assertThat(new CliRun(elsewhere).run("init", "--street", "别的街道")).isZero();

        assertThat(cli.run("migrate-to", "--data-dir", elsewhere.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("目标数据目录中已有数据库");
    }

    @Test
    void migrateTo_aUrlOfAnotherDatabase_isRefusedWithExitCode1() {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("init", "--street", "幸福街道")).isZero();

        assertThat(cli.run("migrate-to", "--db-url", "jdbc:mysql://db/x")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("不是 PostgreSQL 的 JDBC 地址");
    }
}
