package org.dangjiandesk.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dangjiandesk.model.AuditEntry;
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
class AuditLogViewTest {
    private TestServices ts;
    private AuditLogViewModel vm;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet street = TestStreet.create(ts.services());
        ts.services().roster().update(street.liFang.toBuilder().homeAddress("枫岚路 1 号").build());
        GuiTestContext gui = new GuiTestContext(ts.services());
        vm = new AuditLogViewModel(gui.ctx);
        stage.setScene(new Scene(new AuditLogView(vm).load(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditEntry> table(FxRobot robot) {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }

    @Test
    void newestEntryFirst_withTheChangedField(FxRobot robot) {
        AuditEntry first = table(robot).getItems().get(0);
        assertThat(first.target()).contains("李芳");
        assertThat(first.details()).contains("homeAddress");
        assertThat(robot.lookup("#auditCount").queryAs(Label.class).getText()).startsWith("共 ");
        assertThat(vm.shownDetails(first)).as("field names as the form calls them").startsWith("家庭住址: ∅ → 枫岚路 1 号");
    }

    @Test
    void textFilter_narrowsTheList(FxRobot robot) {
        robot.clickOn("#auditText").write("王秀英");
        robot.clickOn("#auditSearch");
        assertThat(table(robot).getItems()).isNotEmpty().allSatisfy(e -> assertThat(e.target() + e.details())
                .contains("王秀英"));
    }

    @Test
    void verify_reportsAnIntactChain(FxRobot robot) {
        robot.clickOn("#auditVerify");
        assertThat(robot.lookup("#auditVerifyResult").queryAs(Label.class).getText()).contains("审计日志完整");
    }
}
