package org.dangjiandesk.gui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.RosterEntry;
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
class RosterViewTest {
    private TestServices ts;
    private GuiTestContext gui;
    private TestStreet street;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        RosterView view = new RosterView(new RosterViewModel(gui.ctx));
        stage.setScene(Styles.styled(new Scene(view.load(), 1200, 700)));
        stage.show();
        gui.ctx.data().loadAll(() -> { });
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void typingPinyinInitials_filtersTheRosterToThatMember(FxRobot robot) {
        assertThat(names(robot)).hasSize(3);

        robot.clickOn("#searchField").write("zjg");

        assertThat(names(robot)).containsExactly("张建国");
        assertThat(robot.lookup("#resultCount").queryAs(Label.class).getText()).isEqualTo("共 1 人");
    }

    @Test
    void clickingAColumnHeader_sorts_andTheOrderSurvivesASearch(FxRobot robot) {
        robot.clickOn("出生日期（年龄）");
        assertThat(names(robot)).containsExactly("张建国", "李芳", "王秀英"); // born 1965, 1988, 1999

        robot.clickOn("#searchField").write("1234"); // all three have 13912345678
        assertThat(names(robot)).containsExactly("张建国", "李芳", "王秀英");

        robot.clickOn("出生日期（年龄）");
        assertThat(names(robot)).containsExactly("王秀英", "李芳", "张建国");
    }

    @Test
    void memberAddedThroughTheForm_appearsInTheTable(FxRobot robot) {
        robot.clickOn("#addMember");
        robot.clickOn("#nameField").write("赵丽");
        robot.clickOn("#idNumberField").write("11010519491231002X"); // fills 出生日期 and 性别
        ComboBox<OrgOption> org = robot.lookup("#orgChoice").queryComboBox();
        robot.interact(() -> org.getSelectionModel().select(
                OrgOption.find(org.getItems(), street.branch2.id())));
        robot.clickOn("#joinedOnPicker").write("1975-07-01").type(KeyCode.TAB);
        robot.clickOn("#fullMemberOnPicker").write("1976-07-01").type(KeyCode.TAB);
        robot.clickOn("#saveMember");

        assertThat(robot.lookup("#memberForm").tryQuery()).isEmpty(); // the form closed
        assertThat(names(robot)).contains("赵丽");
        assertThat(ts.services().roster().loadRoster()).hasSize(4);
    }

    @Test
    void transferOutRecordedInTheDialog_showsInHistory_andHidesTheMember(FxRobot robot) {
        select(robot, "李芳");
        robot.clickOn("#recordEvent");
        ComboBox<EventType> type = robot.lookup("#eventTypeChoice").queryComboBox();
        robot.interact(() -> type.setValue(EventType.TRANSFERRED_OUT));
        robot.clickOn("#otherPartyField").write("中共某某公司委员会");
        robot.clickOn("#eventDocNoField").write("苏组转〔2026〕12号");
        robot.clickOn("#saveEvent");

        assertThat(robot.lookup("#eventDialog").tryQuery()).isEmpty(); // the dialog closed
        assertThat(names(robot)).doesNotContain("李芳").hasSize(2);

        robot.clickOn("#showDeparted");
        assertThat(robot.lookup("#showDeparted").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(names(robot)).contains("李芳");
        TableRow<?> row = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() != null
                && ((RosterEntry) r.getItem()).name().equals("李芳")).query();
        assertThat(row.getStyleClass()).contains("departed");

        robot.doubleClickOn(row);
        List<String> titles = robot.lookup(".timeline-title").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(titles).containsExactly("转出", "入党（录入）"); // newest first
        assertThat(robot.lookup(".timeline-detail").queryAll().stream().map(n -> ((Label) n).getText()))
                .contains("转往：中共某某公司委员会", "文号/介绍信：苏组转〔2026〕12号");
    }

    private static void select(FxRobot robot, String name) {
        TableView<RosterEntry> table = robot.lookup("#rosterTable").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(e -> e.name().equals(name)).findFirst()
                .ifPresent(e -> table.getSelectionModel().select(e)));
    }

    private static List<String> names(FxRobot robot) {
        TableView<RosterEntry> table = robot.lookup("#rosterTable").queryTableView();
        return table.getItems().stream().map(RosterEntry::name).toList();
    }

    @Test
    void anotherClerksNewMember_appearsOnRefresh_andTheSelectionStaysOnTheSameMember(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.dangjiandesk.model.RosterEntry> table =
                robot.lookup("#rosterTable").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        long selected = table.getSelectionModel().getSelectedItem().id();

        // another clerk (straight through the services) adds a member who sorts first (丁 has 2 strokes)
        ts.services().roster().create(TestStreet.member("丁一", TestStreet.idNumber("110105",
                        java.time.LocalDate.of(1970, 1, 1), 31), street.branch1.id(),
                org.dangjiandesk.model.MemberCategory.FULL, java.time.LocalDate.of(1995, 7, 1)),
                org.dangjiandesk.model.EventType.REGISTERED, null);
        robot.interact(() -> gui.ctx.data().refresh(() -> { }));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(names(robot)).hasSize(4).contains("丁一");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selected);
    }
}
