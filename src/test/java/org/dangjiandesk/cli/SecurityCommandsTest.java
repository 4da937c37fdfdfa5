package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in from the command line, the first administrator, accounts and the audit log. */
class SecurityCommandsTest {
    @TempDir
    Path dataDir;

    @Test
    void init_createsTheFirstAdministrator_thenCommandsNeedALogin() {
        CliRun cli = new CliRun(dataDir, false);
        assertThat(cli.run("info")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("还没有管理员账户");

        assertThat(cli.run("init", "--admin", "admin", "--display-name", "王管理")).isZero();
        assertThat(cli.out.toString()).contains("已创建系统管理员 admin").contains("加密");
        assertThat(cli.run("init", "--admin", "other")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("已有管理员账户");

        assertThat(cli.as("admin").run("user", "add", "clerk", "--role", "CLERK", "--grant", "VIEW_UNMASKED")).isZero();
        assertThat(cli.run("user", "list")).isZero();
        assertThat(cli.out.toString()).contains("admin\t王管理\t系统管理员").contains("clerk\tclerk\t录入员\t查看完整身份证号和电话");
        assertThat(cli.as("clerk").run("init", "--street", "枫岚街道")).isZero();
        assertThat(cli.run("info")).isZero();
    }

    @Test
    void wrongPassword_isRefusedWithAClearMessage() {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.as("nobody").run("info")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("用户名或密码不正确");
    }

    @Test
    void viewer_cannotImport_andTheAuditorReadsTheLog() throws Exception {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("sample", "--members", "60")).isZero();
        assertThat(cli.as("admin").run("user", "add", "zhao", "--role", "VIEWER")).isZero();
        assertThat(cli.run("user", "add", "shen", "--role", "AUDITOR")).isZero();
        Path out = dataDir.resolve("r.xlsx");
        assertThat(cli.as("clerk").run("export", "roster", "--out", out.toString())).isZero();

        assertThat(cli.as("zhao").run("import", "roster", out.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("没有修改记录的权限");
        assertThat(cli.as("zhao").run("export", "roster", "--out", dataDir.resolve("z.xlsx").toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("没有导出个人信息的权限");
        assertThat(cli.run("audit", "verify")).isEqualTo(1);

        assertThat(cli.as("shen").run("audit", "verify")).isZero();
        assertThat(cli.out.toString()).contains("审计日志完整");
        assertThat(cli.run("audit", "list", "--action", "EXPORT")).isZero();
        assertThat(cli.out.toString()).contains("clerk\t导出").contains("rows: 60");
        assertThat(cli.run("audit", "list", "--action", "LOGIN_FAILED")).isZero();
        assertThat(cli.out.toString()).isEmpty();
    }
}
