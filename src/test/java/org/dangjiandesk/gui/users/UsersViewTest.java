package org.dangjiandesk.gui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.logic.security.LoginService;
import org.dangjiandesk.logic.security.PasswordHasher;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class UsersViewTest {
    private TestServices ts;
    private Services admin;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        UserAccount a = new LoginService(ts.database(), PasswordHasher.fastForTests(), TestServices.CLOCK)
                .createFirstAdministrator("admin", "王管理", "Chief-Passw0rd".toCharArray(), false);
        admin = AppServices.wire(ts.database(), Messages.CHINESE, TestServices.CLOCK, new Access(a)).services();
        GuiTestContext gui = new GuiTestContext(admin);
        stage.setScene(new Scene(new UsersView(new UsersViewModel(gui.ctx)).load(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void administrator_createsAClerkWithAGrant(FxRobot robot) {
        robot.clickOn("#newUser");
        robot.clickOn("#userLogin").write("liu");
        robot.clickOn("#userDisplayName").write("刘录入");
        robot.interact(() -> robot.lookup("#userRole").queryAs(ComboBox.class).getSelectionModel().select(Role.CLERK));
        robot.clickOn("#grantVIEW_UNMASKED");
        robot.clickOn("#userPassword").write("Snow-Passw0rd");
        robot.clickOn("#userRepeat").write("Snow-Passw0rd");
        robot.clickOn("#saveUser");

        assertThat(robot.lookup("#userMessage").queryAs(Label.class).getText()).contains("已创建用户 liu");
        UserAccount liu = admin.security().users().users().stream().filter(u -> u.loginName().equals("liu"))
                .findFirst().orElseThrow();
        assertThat(liu.role()).isEqualTo(Role.CLERK);
        assertThat(liu.extraPermissions()).isEqualTo(Set.of(Permission.VIEW_UNMASKED));
        assertThat(robot.lookup("#usersTable").queryAs(TableView.class).getItems()).hasSize(2);
    }

    @Test
    void weakPassword_isRefusedInChinese(FxRobot robot) {
        robot.clickOn("#newUser");
        robot.clickOn("#userLogin").write("liu");
        robot.clickOn("#userPassword").write("abc");
        robot.clickOn("#userRepeat").write("abc");
        robot.clickOn("#saveUser");
        assertThat(robot.lookup("#userMessage").queryAs(Label.class).getText()).contains("密码至少需要 8 位");
        assertThat(robot.lookup("#grantEXPORT_PERSONAL").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}
