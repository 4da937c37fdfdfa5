package org.dangjiandesk.gui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestDatabases;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConnectionViewTest {
    private TestServices ts;
    private ConnectionViewModel vm;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        GuiTestContext gui = new GuiTestContext(ts.services());
        vm = new ConnectionViewModel(gui.ctx);
        stage.setScene(Styles.styled(new Scene(new ConnectionView(vm, gui.ctx.messages().bundle()).load(), 800, 600)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void sharedDatabaseFields_needServerPortDatabaseAndUser_beforeSaving(FxRobot robot) {
        robot.interact(() -> vm.useSharedProperty().set(true));
        robot.interact(() -> {
            vm.hostProperty().set("db.jiedao.local");
            vm.portProperty().set("abc");
            vm.databaseProperty().set("dangjian");
            vm.userProperty().set("clerk1");
        });
        assertThat(robot.lookup("#saveConnection").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> vm.portProperty().set("5432"));

        assertThat(robot.lookup("#saveConnection").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#currentDatabase").queryAs(Label.class).getText()).contains("内置数据库");
    }

    @Test
    void testConnection_toAnUnreachableServer_saysSoInChinese(FxRobot robot) {
        robot.interact(() -> {
            vm.useSharedProperty().set(true);
            vm.hostProperty().set("127.0.0.1");
            vm.portProperty().set("1");
            vm.databaseProperty().set("dangjian");
            vm.userProperty().set("clerk1");
        });

        robot.clickOn("#testConnection");

        assertThat(robot.lookup("#connectionStatus").queryAs(Label.class).getText()).startsWith("无法连接共享数据库：");
    }

    @Test
    void testConnection_toThePostgresServer_namesItsVersion(FxRobot robot) {
        String url = TestDatabases.postgresUrl().orElse(null);
        Assumptions.assumeTrue(url != null, "no PostgreSQL server configured");
        java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
        java.util.Map<String, String> q = new java.util.HashMap<>();
        for (String kv : uri.getQuery().split("&")) {
            q.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        robot.interact(() -> {
            vm.useSharedProperty().set(true);
            vm.hostProperty().set(uri.getHost());
            vm.portProperty().set(String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()));
            vm.databaseProperty().set(uri.getPath().substring(1));
            vm.userProperty().set(q.get("user"));
            vm.passwordProperty().set(q.getOrDefault("password", ""));
        });

        robot.clickOn("#testConnection");

        assertThat(robot.lookup("#connectionStatus").queryAs(Label.class).getText()).startsWith("连接成功：PostgreSQL");
    }
}
