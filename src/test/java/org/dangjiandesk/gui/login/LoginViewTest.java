package org.dangjiandesk.gui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.ImmediateTaskExecutor;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.testutil.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The login screen against a real (encrypted, test-cost) data folder. */
@ExtendWith(ApplicationExtension.class)
class LoginViewTest {
    @TempDir
    static Path dir;

    private final AtomicReference<ServicesSession> session = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        TestAccounts.ensure(dir);
        LoginViewModel vm = new LoginViewModel(Messages.chinese(), new ImmediateTaskExecutor(),
                TestAccounts.gate(dir), session::set);
        stage.setScene(new Scene(new LoginView(vm).load(), 700, 500));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (session.get() != null) {
            session.get().close();
        }
    }

    @Test
    void wrongPassword_showsOneMessage_forNameOrPassword(FxRobot robot) {
        robot.clickOn("#loginName").write("clerk");
        robot.clickOn("#password").write("Falsch-1234");
        robot.clickOn("#loginButton");
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).isEqualTo("用户名或密码不正确。");
        assertThat(session.get()).isNull();
    }

    @Test
    void rightPassword_opensTheSession_asThatUser(FxRobot robot) {
        robot.clickOn("#loginName").write("clerk");
        robot.clickOn("#password").write(TestAccounts.PASSWORD);
        robot.clickOn("#loginButton");
        assertThat(session.get()).isNotNull();
        assertThat(session.get().services().security().access().loginName()).isEqualTo("clerk");
    }

    @Test
    void emptyFields_askForNameAndPassword(FxRobot robot) {
        robot.clickOn("#loginButton");
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).contains("请输入用户名和密码");
    }
}
