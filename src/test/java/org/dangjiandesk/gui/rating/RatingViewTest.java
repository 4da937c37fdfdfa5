package org.dangjiandesk.gui.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dangjiandesk.logic.rating.Assessment;
import org.dangjiandesk.model.Quarter;
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
class RatingViewTest {
    private TestServices ts;
    private GuiTestContext gui;
    private RatingViewModel vm;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet street = TestStreet.create(ts.services());
        var s = ts.services();
        Assessment a = s.rating().assessments().open(street.branch1.id(), new Quarter(2026, 3)); // the screen starts on the last ended quarter
        for (var row : a.rows()) {
            s.rating().assessments().saveRow(a.sheet().id(), row.member(), Map.of("ORG_LIFE", BigDecimal.TEN,
                    "STUDY", BigDecimal.TEN, "DUTY", BigDecimal.TEN, "VANGUARD", BigDecimal.TEN), false); // 40: ★
        }
        gui = new GuiTestContext(s);
        gui.ctx.data().loadAll(() -> { });
        vm = new RatingViewModel(gui.ctx);
        stage.setScene(new Scene(new RatingView(vm).load(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void overview_showsTheDistributionAndWhoIsBelowThreeStars(FxRobot robot) {
        robot.clickOn("评定概览");
        assertThat(robot.lookup("#distributionTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#belowTable").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(gui.dialogs.errors).isEmpty();
    }

    @Test
    void aSchemeInUse_isReadOnly_andACopyCanBeEdited(FxRobot robot) {
        robot.clickOn("评定方案");
        ListView<?> list = robot.lookup("#schemeList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#schemeSave").queryAs(Button.class).isDisabled()).isTrue();
        gui.dialogs.textAnswers.add("2026 年修订方案");
        robot.clickOn("#schemeCopy");
        assertThat(list.getItems()).hasSize(2);
        assertThat(robot.lookup("#schemeSave").queryAs(Button.class).isDisabled()).isFalse();
        robot.doubleClickOn("#dimensionMax-0").write("30");
        robot.doubleClickOn("#dimensionMax-3").write("35");
        robot.clickOn("#schemeSave");
        assertThat(gui.dialogs.errors).isEmpty();
        var saved = ts.services().rating().schemes().forYear(2026);
        assertThat(saved.name()).isEqualTo("2026 年修订方案");
        assertThat(saved.dimensions().get(0).maxPoints()).isEqualTo(30);
        assertThat(saved.dimensions().get(3).maxPoints()).isEqualTo(35);
    }

    @Test
    void points_forAnActivity_waitForApprovalBySomeoneElse(FxRobot robot) {
        robot.clickOn("积分台账");
        ListView<?> members = robot.lookup("#pointsMembers").queryAs(ListView.class);
        assertThat(members.getItems()).hasSize(2);
        robot.interact(() -> members.getSelectionModel().selectAll());
        robot.clickOn("#pointsValue").write("2");
        robot.clickOn("#pointsNote").write("志愿服务日");
        robot.clickOn("#pointsEnteredBy").write("王干事");
        robot.clickOn("#pointsAdd");
        TableView<?> pending = robot.lookup("#pendingTable").queryAs(TableView.class);
        assertThat(pending.getItems()).hasSize(2);
        robot.interact(() -> pending.getSelectionModel().selectAll());
        robot.clickOn("#pointsApprover").write("刘书记");
        robot.clickOn("#pointsApprove");
        assertThat(pending.getItems()).isEmpty();
        assertThat(gui.dialogs.errors).isEmpty();
    }
}
