package org.dangjiandesk.gui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.controlsfx.control.CheckListView;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.excel.roster.RosterExportRequest;
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

/** The column choice before a roster export, and that the export writes exactly the chosen columns. */
@ExtendWith(ApplicationExtension.class)
class ExportColumnsViewTest {
    private TestServices ts;
    private GuiTestContext gui;
    private RosterViewModel roster;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        roster = new RosterViewModel(gui.ctx);
        gui.ctx.data().loadAll(() -> { });
        ExportColumnsView view = new ExportColumnsView(roster.exportColumns(), gui.ctx.messages().bundle());
        stage.setScene(Styles.styled(new Scene(view.load(), 400, 500)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @SuppressWarnings("unchecked")
    private CheckListView<RosterColumn> list(FxRobot robot) {
        return robot.lookup("#columnList").queryAs(CheckListView.class);
    }

    @Test
    void opens_withTheNational16ItemsTicked(FxRobot robot) {
        assertThat(list(robot).getCheckModel().getCheckedItems())
                .containsExactlyInAnyOrderElementsOf(RosterExportRequest.nationalColumns());
        assertThat(list(robot).getCheckModel().isChecked(RosterColumn.ID_NUMBER)).isTrue();
    }

    @Test
    void allColumns_thenUntickingOne_isWhatTheViewModelExports(FxRobot robot) {
        robot.clickOn("#chooseAll");
        assertThat(list(robot).getCheckModel().getCheckedItems()).hasSize(RosterColumn.values().length);

        robot.interact(() -> list(robot).getCheckModel().clearCheck(RosterColumn.SEX));

        assertThat(roster.exportColumns().columnsInOrder()).hasSize(RosterColumn.values().length - 1)
                .doesNotContain(RosterColumn.SEX).startsWith(RosterColumn.NAME, RosterColumn.ETHNICITY);
        robot.clickOn("#chooseNational");
        assertThat(roster.exportColumns().columnsInOrder()).isEqualTo(RosterExportRequest.nationalColumns());
    }

    @Test
    void export_writesTheChosenColumnsOnly(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            roster.exportColumns().chosen().setAll(RosterColumn.ID_NUMBER, RosterColumn.NAME);
            roster.exportShown(dir.resolve("out.xlsx"));
        });

        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(dir.resolve("out.xlsx")))) {
            Row header = wb.getSheetAt(0).getRow(2); // title, unit line, then the header row
            assertThat(header.getLastCellNum()).isEqualTo((short) 3); // 序号 + the two chosen columns
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo(RosterColumn.NAME.header());
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo(RosterColumn.ID_NUMBER.header());
        }
    }
}
