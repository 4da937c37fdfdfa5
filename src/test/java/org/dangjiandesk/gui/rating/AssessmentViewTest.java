package org.dangjiandesk.gui.rating;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dangjiandesk.logic.rating.Assessment;
import org.dangjiandesk.logic.rating.AssessmentRow;
import org.dangjiandesk.logic.rating.RatingWorkflow;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.SheetState;
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
class AssessmentViewTest {
    private TestServices ts;
    private GuiTestContext gui;
    private TestStreet street;
    private AssessmentViewModel vm;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
        vm = new AssessmentViewModel(gui.ctx);
        Scene scene = new Scene(new AssessmentView(vm).load(), 1100, 600);
        scene.getStylesheets().add(getClass().getResource("/org/dangjiandesk/gui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private void openBranchOne(FxRobot robot) {
        assertThat(vm.branches()).hasSize(2);
        robot.interact(() -> vm.branchProperty().set(vm.branches().stream()
                .filter(b -> b.id() == street.branch1.id()).findFirst().orElseThrow()));
        robot.clickOn("#ratingQuarter").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026Q3");
        robot.clickOn("#ratingOpen");
        assertThat(gui.dialogs.errors).isEmpty();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.quarterTextProperty().get()).isEqualTo("2026Q3");
        assertThat(vm.rows()).hasSize(2);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void typingScoresByKeyboard_showsTotalsAndStars_andSavesTheDraft(FxRobot robot) {
        openBranchOne(robot);
        // roster order (姓氏笔画): 李 (7 strokes) before 张 (11)
        assertThat(text(robot, "#name-0")).isEqualTo("李芳");
        assertThat(text(robot, "#name-1")).isEqualTo("张建国");

        robot.clickOn("#score-0-0").write("20");
        robot.type(KeyCode.TAB).write("16");
        robot.type(KeyCode.TAB).write("12");
        assertThat(text(robot, "#total-0")).isEqualTo("48");
        assertThat(text(robot, "#star-0")).isEmpty(); // not fully scored yet
        robot.type(KeyCode.TAB).write("30");
        assertThat(text(robot, "#total-0")).isEqualTo("78");
        assertThat(text(robot, "#star-0")).isEqualTo("★★★☆☆");

        // Tab from the last dimension goes on to the next member's first
        robot.type(KeyCode.TAB).write("24");
        assertThat(robot.lookup("#score-1-0").queryAs(TextField.class).isFocused()).isTrue();
        robot.type(KeyCode.TAB).write("19").type(KeyCode.TAB).write("14").type(KeyCode.TAB).write("36");
        assertThat(text(robot, "#total-1")).isEqualTo("93");
        assertThat(text(robot, "#star-1")).isEqualTo("★★★★★");
        // two members: one five-star is over the 5 % quota (allows 0 of 2)
        assertThat(text(robot, "#ratingWarnings")).contains("五星").contains("5%");

        // Enter moves down in the same column; Shift+Enter back up
        robot.clickOn("#score-0-1");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#score-1-1").queryAs(TextField.class).isFocused()).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#score-0-1").queryAs(TextField.class).isFocused()).isTrue();

        // both lines were saved as the clerk moved on
        Assessment saved = ts.services().rating().assessments().open(street.branch1.id(), new Quarter(2026, 3));
        assertThat(saved.rows()).allSatisfy(r -> assertThat(r.points()).hasSize(4));
        AssessmentRow zhang = saved.rows().stream().filter(r -> r.member().name().equals("张建国")).findFirst()
                .orElseThrow();
        assertThat(zhang.points().get("VANGUARD")).isEqualByComparingTo("36");
    }

    @Test
    void aValueAboveTheMaximum_isMarked_andNotSaved(FxRobot robot) {
        openBranchOne(robot);
        robot.clickOn("#score-0-0").write("26"); // 组织生活 max 25
        TextField f = robot.lookup("#score-0-0").queryAs(TextField.class);
        assertThat(f.getStyleClass()).contains("rating-invalid");
        assertThat(text(robot, "#ratingMessage")).contains("组织生活").contains("25");
        robot.type(KeyCode.ENTER);
        Assessment saved = ts.services().rating().assessments().open(street.branch1.id(), new Quarter(2026, 3));
        assertThat(saved.rows()).allSatisfy(r -> assertThat(r.points()).isEmpty());
        robot.clickOn("#score-0-0").write("25");
        assertThat(f.getStyleClass()).doesNotContain("rating-invalid");
    }

    @Test
    void pastingAColumnFromExcel_fillsItDownwards(FxRobot robot) {
        openBranchOne(robot);
        robot.interact(() -> vm.paste(0, 3, "30\r\n36\r\n"));
        assertThat(robot.lookup("#score-0-3").queryAs(TextField.class).getText()).isEqualTo("30");
        assertThat(robot.lookup("#score-1-3").queryAs(TextField.class).getText()).isEqualTo("36");
        robot.interact(() -> vm.paste(0, 0, "20\t16\t12\n24\t19\t14"));
        assertThat(text(robot, "#total-0")).isEqualTo("78");
        assertThat(text(robot, "#total-1")).isEqualTo("93");
    }

    @Test
    void submittingLocksTheGrid_andApprovalRecordsTheOperator(FxRobot robot) {
        openBranchOne(robot);
        robot.interact(() -> vm.paste(0, 0, "20\t16\t12\t30\n24\t19\t14\t36"));
        robot.clickOn("#ratingOperator").write("李书记");
        robot.clickOn("#ratingSubmit");
        assertThat(vm.stateProperty().get()).isEqualTo(SheetState.SUBMITTED);
        assertThat(text(robot, "#ratingState")).isEqualTo("状态：已提交");
        assertThat(robot.lookup("#score-0-0").queryAs(TextField.class).isEditable()).isFalse();
        robot.clickOn("#ratingApprove");
        assertThat(vm.stateProperty().get()).isEqualTo(SheetState.APPROVED);
        gui.dialogs.textAnswers.add("漏评加分");
        robot.clickOn("#ratingReopen");
        assertThat(vm.stateProperty().get()).isEqualTo(SheetState.DRAFT);
        long sheet = ts.services().rating().assessments().open(street.branch1.id(), new Quarter(2026, 3)).sheet().id();
        assertThat(ts.services().rating().assessments().log(sheet)).extracting(e -> e.actor() + ":" + e.to())
                .containsExactly("李书记:SUBMITTED", "李书记:APPROVED", "李书记:DRAFT");
        assertThat(gui.dialogs.errors).isEmpty();
        assertThat(RatingWorkflow.REOPEN.needsReason()).isTrue();
        assertThat(text(robot, "#ratingHistory")).contains("李书记 提交").contains("李书记 审核通过").endsWith("李书记 重新打开（漏评加分）");
    }
}
