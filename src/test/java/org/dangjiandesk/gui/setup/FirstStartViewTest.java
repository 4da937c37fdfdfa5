package org.dangjiandesk.gui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FirstStartViewTest {
    private TestServices ts;
    private GuiTestContext gui;
    private int done;
    private int demoRuns;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        gui = new GuiTestContext(ts.services());
        FirstStartViewModel vm = new FirstStartViewModel(gui.ctx, p -> demoRuns++, () -> done++);
        stage.setScene(Styles.styled(new Scene(new FirstStartView(vm).load(), 900, 700)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void startEmpty_createsTheStreetWorkingCommitteeAsRoot(FxRobot robot) {
        assertThat(ts.services().setup().isEmpty()).isTrue();
        robot.clickOn("#streetName").write("幸福街道");
        robot.clickOn("#streetCode").write("320500000001");
        robot.clickOn("#startEmpty");

        assertThat(done).isEqualTo(1);
        assertThat(ts.services().setup().isEmpty()).isFalse();
        OrgUnit root = ts.services().orgs().loadTree().roots().get(0);
        assertThat(root.fullName()).isEqualTo("幸福街道党工委");
        assertThat(root.type()).isEqualTo(OrgType.WORKING_COMMITTEE);
        assertThat(root.orgCode()).isEqualTo("320500000001");
        assertThat(ts.services().setup().streetName()).isEqualTo("幸福街道");
    }

    @Test
    void startEmpty_isBlockedByAnOrgCodeThatIsNotTwelveDigits(FxRobot robot) {
        robot.clickOn("#streetName").write("幸福街道");
        robot.clickOn("#streetCode").write("3205");
        assertThat(robot.lookup("#startEmpty").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("组织代码应为12位数字").tryQuery()).isPresent();
        assertThat(ts.services().setup().isEmpty()).isTrue();
    }

    @Test
    void loadDemo_runsTheDemoLoader_thenOpensTheMainWindow(FxRobot robot) {
        robot.clickOn("#loadDemo");
        assertThat(demoRuns).isEqualTo(1);
        assertThat(done).isEqualTo(1);
    }

    @Test
    void failingDemoLoader_staysOnTheScreen_withAMessage(FxRobot robot) {
        FirstStartViewModel failing = new FirstStartViewModel(gui.ctx, p -> {
            throw new IllegalStateException("boom");
        }, () -> done++);
        robot.interact(failing::loadDemo);
        assertThat(done).isZero();
        assertThat(gui.dialogs.errors).hasSize(1);
        assertThat(failing.busyProperty().get()).isFalse();
    }
}
