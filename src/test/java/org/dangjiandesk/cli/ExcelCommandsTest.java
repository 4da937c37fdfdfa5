package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjiandesk.logic.excel.RosterSheets;
import org.dangjiandesk.logic.excel.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import / export / template commands, in-process on a temporary data folder. */
class ExcelCommandsTest {
    @TempDir Path dataDir;
    @TempDir Path files;


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
    void importJson_countsRowsAndListsProblems_andExitsZeroWhenTheFileCouldBeRead() throws Exception {
        assertThat(run("init", "--street", "阳光街道")).isZero();
        String good = RosterSheets.id(1960, 1, 2, 11);
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Path file = Workbooks.xlsx(files.resolve("社区.xlsx"), RosterSheets.sheet(
                RosterSheets.row(1, "赵一", good), RosterSheets.row(2, "钱二", bad)), List.of("L3:M3"));

        assertThat(run("import", "roster", file.toString(), "--create-branches", "--under", "阳光街道党工委",
                "--json")).isZero();
        String json = out.toString().strip();
        assertThat(json).contains("\"valid\":1,\"invalid\":1,\"new\":1,\"changed\":0,\"unchanged\":0");
        assertThat(json).contains("{\"row\":6,\"column\":\"E列「公民身份号码」\",\"severity\":\"error\",\"message\":\"校验码不正确");
        assertThat(json).contains("\"inserted\":1");
        assertThat(Files.exists(files.resolve("社区-导入问题.xlsx"))).isTrue();

        assertThat(run("info", "--json")).isZero();
        assertThat(out.toString()).contains("\"current\":1,");
    }

    @Test
    void import_ofAFileThatIsNoWorkbook_exitsNonZeroWithAClearMessage() throws Exception {
        assertThat(run("init", "--street", "阳光街道")).isZero();
        Path exe = Files.write(files.resolve("roster.xlsx"), new byte[] {'M', 'Z', 0, 0, 3, 0, 0, 0});
        assertThat(run("import", "roster", exe.toString(), "--json")).isEqualTo(1);
        assertThat(err.toString()).contains("不是 Excel 工作簿或 CSV 文件");
        assertThat(run("info", "--json")).isZero();
        assertThat(out.toString()).contains("\"current\":0,");
    }

    @Test
    void exportThenDryRunImport_findsEveryMemberUnchanged() {
        assertThat(run("sample", "--members", "120", "--seed", "5")).isZero();
        Path roster = files.resolve("r.xlsx");
        assertThat(run("export", "roster", "--out", roster.toString(), "--unmasked", "--all-columns")).isZero();
        assertThat(out.toString()).contains("已导出 120 名党员");
        assertThat(run("import", "roster", roster.toString(), "--dry-run", "--json")).isZero();
        assertThat(out.toString()).contains("\"valid\":120,\"invalid\":0,\"new\":0,\"changed\":0,\"unchanged\":120");
    }

    @Test
    void templateAndLists_areWritten() {
        assertThat(run("sample", "--members", "80", "--seed", "5")).isZero();
        assertThat(run("template", "roster", "--out", files.resolve("t.xlsx").toString())).isZero();
        assertThat(Files.exists(files.resolve("t.xlsx"))).isTrue();
        assertThat(run("export", "list", "预备", "--from", "2000-01-01", "--to", "2026-11-22", "--out",
                files.resolve("p.xlsx").toString())).isZero();
        assertThat(out.toString()).contains("已导出预备党员名册");
        assertThat(run("export", "list", "nonsense", "--from", "2026-01-01", "--to", "2026-02-01", "--out",
                files.resolve("x.xlsx").toString())).isEqualTo(2);
    }
}
