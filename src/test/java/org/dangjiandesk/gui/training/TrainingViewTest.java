package org.dangjiandesk.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.TrainingType;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {
    private TestServices ts;
    private GuiTestContext gui;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
        TrainingView view = new TrainingView(new TrainingViewModel(gui.ctx));
        stage.setScene(Styles.styled(new Scene(view.load(), 1200, 780)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void newSession_withAnAttendeeFoundByPinyin_raisesTheirYearlyHours(FxRobot robot) {
        showHoursTab(robot, true);
        assertThat(hoursOf(robot, "张建国")).isEqualTo("0");

        showHoursTab(robot, false);
        robot.clickOn("#titleField").write("书记培训班（第一期）");
        ComboBox<Choice<TrainingType>> type = robot.lookup("#typeChoice").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(
                Choice.find(type.getItems(), TrainingType.SECRETARY_CLASS)));
        assertThat(robot.lookup("#hoursField").queryTextInputControl().getText()).isEqualTo("8");
        DatePicker first = robot.lookup("#firstDayPicker").queryAs(DatePicker.class);
        DatePicker last = robot.lookup("#lastDayPicker").queryAs(DatePicker.class);
        robot.interact(() -> {
            first.setValue(LocalDate.of(2026, 11, 9));
            last.setValue(LocalDate.of(2026, 11, 10));
        });
        assertThat(robot.lookup("#totalHoursLabel").queryLabeled().getText()).isEqualTo("共 2 天，16 学时");
        robot.clickOn("#saveSession");
        assertThat(robot.lookup("#sessionTable").queryTableView().getItems()).hasSize(1);

        robot.clickOn("#attendeeSearch").write("zjg");
        ListView<RosterEntry> found = robot.lookup("#foundList").queryListView();
        assertThat(found.getItems()).extracting(RosterEntry::name).containsExactly("张建国");
        robot.type(KeyCode.ENTER); // the only one found goes on the list

        TableView<AttendeeRow> attendance = robot.lookup("#attendanceTable").queryTableView();
        assertThat(attendance.getItems()).extracting(AttendeeRow::name).containsExactly("张建国");
        assertThat(attendance.getItems().get(0).yearHours()).isEqualByComparingTo("16");
        assertThat(robot.lookup("#attendanceSummary").queryLabeled().getText()).isEqualTo("共 1 人：出席 1，缺席 0，请假 0");

        showHoursTab(robot, true);
        assertThat(hoursOf(robot, "张建国")).isEqualTo("16");
        assertThat(robot.lookup("#hoursSummary").queryLabeled().getText()).isEqualTo("未达标 3 人，距年底还有 6 周");
    }

    @Test
    void markingAnAttendeeAbsent_takesTheHoursAway(FxRobot robot) {
        robot.clickOn("#titleField").write("主题党日");
        robot.clickOn("#saveSession");
        robot.clickOn("#attendeeSearch").write("李");
        robot.type(KeyCode.ENTER);
        TableView<AttendeeRow> attendance = robot.lookup("#attendanceTable").queryTableView();
        assertThat(attendance.getItems()).extracting(AttendeeRow::name).containsExactly("李芳");
        assertThat(attendance.getItems().get(0).yearHours()).isEqualByComparingTo("4");

        robot.interact(() -> attendance.getSelectionModel().select(0));
        robot.clickOn("#markAbsent");

        assertThat(attendance.getItems().get(0).status().name()).isEqualTo("ABSENT");
        assertThat(attendance.getItems().get(0).yearHours()).isEqualByComparingTo("0");
    }

    private static void showHoursTab(FxRobot robot, boolean hours) {
        TabPane tabs = robot.lookup("#trainingScreen").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(hours ? 1 : 0));
    }

    private static String hoursOf(FxRobot robot, String name) {
        TableView<MemberStanding> below = robot.lookup("#belowTable").queryTableView();
        return below.getItems().stream().filter(m -> m.name().equals(name)).findFirst()
                .map(m -> m.hours().stripTrailingZeros().toPlainString()).orElse("(not below)");
    }
}
