package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process on a data folder, as {@code java -jar dangjiandesk.jar --data-dir D …} would. */
class CliCommandsTest {
    @TempDir
    Path dataDir;


    private CliRun cli;
    private java.io.StringWriter out;
    private java.io.StringWriter err;

    @org.junit.jupiter.api.BeforeEach
    void setUpCli() {
        cli = new CliRun(dataDir);
        out = cli.out;
        err = cli.err;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void sampleThenInfoJson_reportsTheCurrentMembers() {
        assertThat(run("sample", "--members", "250", "--seed", "3")).isZero();
        assertThat(out.toString()).contains("枫岚街道").contains("虚构");

        assertThat(run("info", "--json")).isZero();
        String json = out.toString().strip();
        assertThat(json).startsWith("{").endsWith("}");
        assertThat(json).contains("\"members\":{\"current\":250,");
        assertThat(json).containsPattern("\"probationary\":\\d+");
        assertThat(json).containsPattern("\"departed\":\\d+");
        assertThat(json).containsPattern("\"organizations\":\\{\"total\":\\d+,\"byType\":\\{\"WORKING_COMMITTEE\":1,");
        assertThat(json).containsPattern("\"places\":\\{\"total\":\\d+");
        assertThat(json).contains("\"street\":\"枫岚街道\"");
    }

    @Test
    void sample_onADataFolderWithData_isRefusedWithExitCode1() {
        assertThat(run("sample", "--members", "50")).isZero();
        assertThat(run("sample", "--members", "50")).isEqualTo(1);
        assertThat(err.toString()).contains("数据目录中已有数据").contains(dataDir.toString());
        assertThat(run("info", "--json")).isZero();
        assertThat(out.toString()).contains("\"current\":50,");
    }

    @Test
    void sample_withABadMemberCount_isAUsageErrorWithExitCode2() {
        Path fresh = dataDir.resolve("fresh");
        CliRun bare = new CliRun(fresh, false);
        assertThat(bare.run("sample", "--members", "0")).isEqualTo(2);
        assertThat(bare.err.toString()).contains("--members");
        assertThat(bare.run("sample", "--members", "many")).isEqualTo(2);
        assertThat(fresh.resolve("dangjiandesk.mv.db")).as("nothing opened or created").doesNotExist();
    }

    @Test
    void info_onAnEmptyFolder_printsZeroCountsInChinese() {
        assertThat(run("info")).isZero();
        assertThat(out.toString()).contains("党组织：共 0 个").contains("在册 0 名");
        assertThat(run("info", "--json")).isZero();
        assertThat(out.toString()).contains("\"current\":0,").contains("\"total\":0,");
    }

    @Test
    void help_ofEveryCommand_comesFromTheBundle() {
        assertThat(run("sample", "--help")).isZero();
        assertThat(out.toString()).contains("用法").contains("虚构").contains("在册党员人数");
        assertThat(run("info", "--help")).isZero();
        assertThat(out.toString()).contains("JSON");
    }
}
