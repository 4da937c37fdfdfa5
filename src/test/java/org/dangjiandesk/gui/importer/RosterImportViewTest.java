package org.dangjiandesk.gui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.excel.RosterSheets;
import org.dangjiandesk.logic.excel.Workbooks;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RosterImportViewTest {
    @TempDir static Path dir;
    private TestServices ts;
    private GuiTestContext gui;
    private RosterImportViewModel vm;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
        vm = new RosterImportViewModel(gui.ctx);
        stage.setScene(Styles.styled(new Scene(new RosterImportView(vm).load())));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void checkingAFile_showsProblemsByRow_andImportAddsTheValidMembers(FxRobot robot) throws Exception {
        String good = TestStreet.idNumber("320506", LocalDate.of(1960, 1, 2), 11);
        String bad = TestStreet.idNumber("320506", LocalDate.of(1961, 1, 2), 13);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '0' ? '1' : '0');
        Path file = Workbooks.xlsx(dir.resolve("社区.xlsx"), RosterSheets.sheet(
                RosterSheets.row(1, "赵一", good), RosterSheets.row(2, "钱二", bad)), List.of("L3:M3"));
        robot.interact(() -> vm.fileProperty().set(file));
        robot.clickOn("#checkFile");

        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText()).contains("可导入 1 行，有问题 1 行");
        TableView<?> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(problems.getItems()).hasSize(1);
        assertThat(problems.getItems().get(0).toString()).contains("row=6").contains("校验码");

        int before = gui.ctx.data().roster().size();
        robot.clickOn("#applyImport");
        assertThat(gui.ctx.data().roster()).hasSize(before + 1);
        assertThat(robot.lookup("#resultLabel").queryAs(Label.class).getText()).contains("新增 1 人")
                .contains("社区-导入问题.xlsx");
        assertThat(robot.lookup("#applyImport").queryAs(Button.class).isDisabled()).isTrue();
    }
}
