package org.dangjiandesk.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.dangjiandesk.gui.roster.RosterView;
import org.dangjiandesk.gui.roster.RosterViewModel;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The UI hides what the role cannot do. */
@ExtendWith(ApplicationExtension.class)
class RoleFilterTest {
    private TestServices ts;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        TestStreet.create(ts.services());
        GuiTestContext gui = new GuiTestContext(ts.services());
        RoleFilter.install(new Access(new UserAccount(5L, "zhao", "赵", Role.VIEWER,
                Set.of(Permission.VIEW_UNMASKED), true, null, 0)));
        try {
            stage.setScene(new Scene(new RosterView(new RosterViewModel(gui.ctx)).load(), 1200, 700));
        } finally {
            RoleFilter.install(null);
        }
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void viewer_seesNoEditingOrExportButtons_onTheRoster(FxRobot robot) {
        for (String id : new String[] {"#addMember", "#recordEvent", "#importRoster", "#exportRoster"}) {
            assertThat(robot.lookup(id).queryAs(Button.class).isVisible()).as(id).isFalse();
        }
        assertThat(robot.lookup("#clearFilters").queryAs(Button.class).isVisible()).isTrue();
    }

    /** FXML separates style classes with commas; "a b" would be one class named "a b" and hide nothing. */
    @Test
    void fxmlStyleClasses_areCommaSeparated() throws IOException {
        Pattern attr = Pattern.compile("styleClass=\"([^\"]*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/dangjiandesk/gui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = attr.matcher(Files.readString(f));
                while (m.find()) {
                    for (String cls : m.group(1).split(",")) {
                        assertThat(cls.strip()).as(f.getFileName() + ": styleClass=\"" + m.group(1) + "\"")
                                .doesNotContain(" ");
                    }
                }
            }
        }
    }
}
