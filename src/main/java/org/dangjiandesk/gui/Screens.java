package org.dangjiandesk.gui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.dangjiandesk.gui.main.MainModule;
import org.dangjiandesk.gui.org.OrgTreeView;
import org.dangjiandesk.gui.org.OrgTreeViewModel;

/** The modules the main window offers, in navigation order. Only built modules are listed. */
final class Screens {
    private Screens() {
    }

    static List<MainModule> modules(GuiContext ctx) {
        return List.of(
                new MainModule("navOrg", "nav.org", () -> new OrgTreeView(new OrgTreeViewModel(ctx)).load()),
                new MainModule("navRoster", "nav.roster", () -> placeholder("nav.roster", ctx)));
    }

    private static StackPane placeholder(String key, GuiContext ctx) {
        return new StackPane(new Label(ctx.messages().get(key)));
    }
}
