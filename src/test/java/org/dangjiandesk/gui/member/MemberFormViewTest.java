package org.dangjiandesk.gui.member;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MemberFormViewTest {
    /** 11010519491231002X is valid; the same number with another check character is not. */
    private static final String BAD_CHECKSUM = "110105194912310021";
    private static final String VALID_WOMAN = "11010519491231002X";

    private TestServices ts;
    private GuiTestContext gui;
    private TestStreet street;
    private MemberFormViewModel vm;
    private MemberFormView view;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
        vm = MemberFormViewModel.forNew(gui.ctx, street.branch1.id());
        view = new MemberFormView(vm);
        stage.setScene(Styles.styled(new Scene(view.load(), 900, 700)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void idNumberWithBadChecksum_showsTheProblem_andSaveStaysDisabled(FxRobot robot) {
        robot.clickOn("#nameField").write("赵丽");
        robot.clickOn("#idNumberField").write(BAD_CHECKSUM);
        typeDate(robot, "#joinedOnPicker", "1975-07-01");
        typeDate(robot, "#fullMemberOnPicker", "1976-07-01");

        assertThat(robot.lookup("#problemsLabel").queryAs(Label.class).getText())
                .contains("公民身份号码：校验码不正确");
        WaitForAsyncUtils.waitForFxEvents();
        TextField id = robot.lookup("#idNumberField").queryAs(TextField.class);
        assertThat(view.decorationText(id)).hasValueSatisfying(t -> assertThat(t).contains("校验码不正确"));
        assertThat(robot.lookup("#saveMember").queryButton().isDisabled()).isTrue();

        robot.clickOn("#saveMember");
        assertThat(ts.services().roster().loadRoster()).hasSize(3);
    }

    @Test
    void validIdNumber_fillsBirthDateAndSex(FxRobot robot) {
        robot.clickOn("#idNumberField").write(VALID_WOMAN);

        assertThat(robot.lookup("#birthDatePicker").queryAs(DatePicker.class).getValue())
                .isEqualTo(java.time.LocalDate.of(1949, 12, 31));
        @SuppressWarnings("unchecked")
        ComboBox<Sex> sex = robot.lookup("#sexChoice").queryAs(ComboBox.class);
        assertThat(sex.getValue()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void completeForm_enablesSave_andSaves(FxRobot robot) {
        robot.clickOn("#nameField").write("赵丽");
        robot.clickOn("#idNumberField").write(VALID_WOMAN);
        typeDate(robot, "#joinedOnPicker", "1975-07-01");
        typeDate(robot, "#fullMemberOnPicker", "1976-07-01");
        robot.clickOn("#mobileField").write("13812345678");

        Button save = robot.lookup("#saveMember").queryButton();
        assertThat(robot.lookup("#problemsLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);

        assertThat(ts.services().roster().loadRoster()).extracting(e -> e.name()).contains("赵丽");
        assertThat(gui.ctx.data().roster()).extracting(e -> e.name()).contains("赵丽");
    }

    private static void typeDate(FxRobot robot, String picker, String text) {
        robot.clickOn(picker).write(text).type(KeyCode.TAB);
    }
}
