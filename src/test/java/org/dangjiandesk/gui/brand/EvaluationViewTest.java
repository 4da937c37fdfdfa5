package org.dangjiandesk.gui.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.brand.BrandProjects;
import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Setting up a round and keying in scores with the keyboard only. */
@ExtendWith(ApplicationExtension.class)
class EvaluationViewTest {
    private TestServices ts;
    private GuiTestContext gui;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet street = TestStreet.create(ts.services());
        BrandService brand = ts.services().brand().projects();
        for (String name : List.of("甲项目", "乙项目")) {
            long id = brand.apply(BrandProjects.draft(name, street.branch1.id(), null), LocalDate.of(2026, 3, 1), null)
                    .id();
            brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 3, 10), street.street.id(), null);
            brand.move(id, BrandStatus.IN_PROGRESS, LocalDate.of(2026, 4, 1), street.community.id(), null);
        }
        gui = new GuiTestContext(ts.services());
        EvaluationView view = new EvaluationView(new EvaluationViewModel(gui.ctx));
        stage.setScene(Styles.styled(new Scene(view.load(), 1200, 700)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void scoresTypedWithTabAndEnter_areSaved_andRankTheProjects(FxRobot robot) {
        robot.clickOn("#roundJudges").write("周评 吴评");
        robot.clickOn("#createRound");
        assertThat(gui.dialogs.errors).isEmpty();
        assertThat(ts.services().brand().projects().project(1).status()).isEqualTo(BrandStatus.UNDER_EVALUATION);

        // 甲: Tab across the four criteria; Enter goes down to the same criterion of 乙
        robot.clickOn("#score-0-0").write("90").type(KeyCode.TAB).write("80").type(KeyCode.TAB).write("70")
                .type(KeyCode.TAB).write("60").type(KeyCode.ENTER);
        assertThat(robot.lookup("#score-1-3").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("95").type(KeyCode.UP);
        assertThat(robot.lookup("#score-0-3").queryAs(TextField.class).isFocused()).isTrue();
        robot.clickOn("#score-1-0").write("95").type(KeyCode.TAB).write("95").type(KeyCode.TAB).write("95")
                .type(KeyCode.TAB);

        // 甲 = (30·90 + 30·80 + 25·70 + 15·60) / 100 = 77.5; 乙 = 95
        assertThat(robot.lookup("#total-0").queryAs(Label.class).getText()).isEqualTo("77.50");
        assertThat(robot.lookup("#total-1").queryAs(Label.class).getText()).isEqualTo("95.00");
        @SuppressWarnings("unchecked")
        TableView<EvaluationViewModel.ResultLine> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertThat(results.getItems()).extracting(EvaluationViewModel.ResultLine::project, EvaluationViewModel.ResultLine::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("乙项目", "95.00"),
                        org.assertj.core.groups.Tuple.tuple("甲项目", "77.50"));
    }

    @Test
    void aScoreAbove100_isRefused_andTheCellKeepsTheFocus(FxRobot robot) {
        robot.clickOn("#roundJudges").write("周评");
        robot.clickOn("#createRound");

        robot.clickOn("#score-0-0").write("105").type(KeyCode.TAB);

        assertThat(gui.dialogs.errors).containsExactly("分数 105 不在 0–100 之间。");
        assertThat(robot.lookup("#score-0-0").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(ts.services().brand().evaluations().scores(1)).isEmpty();
    }
}
