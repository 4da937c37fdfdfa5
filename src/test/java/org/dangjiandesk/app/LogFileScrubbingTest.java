package org.dangjiandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's logback.xml, loaded as the app loads it: what a failed statement quotes never reaches the file. */
class LogFileScrubbingTest {

    @Test
    void anExceptionQuotingAMembersValues_isLoggedWithoutThem(@TempDir Path logs) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("dangjiandesk.logDir", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        String previous = System.getProperty("dangjiandesk.logDir");
        System.setProperty("dangjiandesk.logDir", logs.toString());
        try {
            configurator.doConfigure(LogFileScrubbingTest.class.getResource("/logback.xml"));
        } finally {
            if (previous == null) {
                System.clearProperty("dangjiandesk.logDir");
            } else {
                System.setProperty("dangjiandesk.logDir", previous);
            }
        }
        RuntimeException failure = new RuntimeException("Unique index or primary key violation: VALUES ('李建国', "
                + "'11010519491231002X', '13812345678')", new IllegalStateException("member 13987654321"));
        context.getLogger("org.dangjiandesk.test").error("save failed for member 42", failure);
        context.stop();

        String written = Files.readString(logs.resolve("dangjiandesk.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("save failed for member 42").contains("Unique index or primary key violation")
                .contains("at org.dangjiandesk.app.LogFileScrubbingTest");
        assertThat(written).doesNotContain("李建国").doesNotContain("11010519491231002X")
                .doesNotContain("13812345678").doesNotContain("13987654321");
    }
}
