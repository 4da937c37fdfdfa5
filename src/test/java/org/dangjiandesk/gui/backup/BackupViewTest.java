package org.dangjiandesk.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.backup.BackupInfo;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BackupViewTest {
    @org.junit.jupiter.api.io.TempDir
    Path dataDir;
    private ServicesSession session;
    private GuiTestContext gui;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        session = org.dangjiandesk.testutil.TestAccounts.open(dataDir);
        TestStreet.create(session.services());
        gui = new GuiTestContext(session.services());
        BackupView view = new BackupView(new BackupViewModel(gui.ctx, exits::incrementAndGet));
        stage.setScene(new Scene(view.load(), 1000, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<BackupInfo> table(FxRobot robot) {
        return robot.lookup("#backupTable").queryAs(TableView.class);
    }

    @Test
    void backupNow_listsAVerifiedBackup_inTheDataFoldersBackupFolder(FxRobot robot) {
        assertThat(robot.lookup("#backupFolder").queryLabeled().getText()).isEqualTo(dataDir.resolve("backups").toString());
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#backupRestore").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#backupNow");

        assertThat(table(robot).getItems()).singleElement().satisfies(b -> {
            assertThat(b.verified()).isTrue();
            assertThat(b.rowCounts()).containsEntry("PARTY_MEMBER", 3L);
        });
        assertThat(robot.lookup("#backupStatus").queryLabeled().getText()).startsWith("已备份并验证");
        assertThat(robot.lookup("手动").tryQuery()).isPresent();
        assertThat(robot.lookup("✔ 已验证").tryQuery()).isPresent();
        assertThat(gui.dialogs.errors).isEmpty();
    }

    @Test
    void restore_asksFirst_thenRestores_andClosesTheApp(FxRobot robot) {
        robot.clickOn("#backupNow");
        robot.clickOn("手动");
        gui.dialogs.confirmAnswers.add(false);
        robot.clickOn("#backupRestore");
        assertThat(exits).hasValue(0);

        gui.dialogs.confirmAnswers.add(true);
        robot.clickOn("#backupRestore");

        assertThat(gui.dialogs.errors).isEmpty();
        assertThat(gui.dialogs.infos).singleElement().asString().startsWith("已恢复").contains("before-restore");
        assertThat(exits).hasValue(1);
        assertThat(dataDir.resolve("replaced")).isDirectory();
        try (ServicesSession reopened = org.dangjiandesk.testutil.TestAccounts.open(dataDir)) {
            assertThat(reopened.services().roster().loadRoster()).hasSize(3);
        }
    }
}
