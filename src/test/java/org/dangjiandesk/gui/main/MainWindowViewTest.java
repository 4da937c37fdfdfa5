package org.dangjiandesk.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
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
class MainWindowViewTest {
    private TestServices ts;
    private GuiTestContext gui;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        MainWindowViewModel vm = new MainWindowViewModel(gui.ctx, List.of(
                new MainModule("navOne", "nav.org", () -> new Label("screen one")),
                new MainModule("navTwo", "nav.roster", () -> new Label("screen two"))));
        MainWindowView view = new MainWindowView(vm);
        stage.setScene(new Scene(view.load(), 900, 600));
        stage.show();
        gui.ctx.data().loadAll(() -> view.select("navOne"));
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void clickingANavigationButton_showsItsScreen(FxRobot robot) {
        assertThat(robot.lookup("screen one").tryQuery()).isPresent();
        robot.clickOn("#navTwo");
        assertThat(robot.lookup("#navTwo").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("screen two").tryQuery()).isPresent();
    }

    @Test
    void statusBar_countsCurrentMembers(FxRobot robot) {
        assertThat(robot.lookup("#memberCount").queryAs(Label.class).getText()).isEqualTo("在册党员 3 名");
    }
}
