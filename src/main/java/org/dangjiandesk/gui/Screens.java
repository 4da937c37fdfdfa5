package org.dangjiandesk.gui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.dangjiandesk.gui.main.MainModule;
import org.dangjiandesk.gui.roster.RosterView;
import org.dangjiandesk.gui.roster.RosterViewModel;

/** The modules the main window offers, in navigation order. Only built modules are listed. */
final class Screens {
    private Screens() {
    }

    static List<MainModule> modules(GuiContext ctx) {
        return List.of(
                new MainModule("navOrg", "nav.org", () -> placeholder("nav.org", ctx)),
                new MainModule("navRoster", "nav.roster", () -> new RosterView(new RosterViewModel(ctx)).load()));
    }

    private static StackPane placeholder(String key, GuiContext ctx) {
        return new StackPane(new Label(ctx.messages().get(key)));
    }
}
