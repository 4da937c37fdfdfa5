package org.dangjiandesk.gui;

import java.util.List;
import org.dangjiandesk.gui.main.AppData;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.settings.SettingsService.WindowGeometry;
import org.dangjiandesk.model.RosterEntry;

/**
 * What the first screen needs, read right after the database opens, while JavaFX is still starting: whether the
 * data folder is empty, the street's name, the window geometry, and for a filled folder the organisation tree and
 * the roster's first page. The rest of the roster is read after the first rows are on screen.
 */
record StartData(boolean empty, String streetName, WindowGeometry geometry, OrgTree tree,
        List<RosterEntry> firstPage) {

    static StartData read(Services services) {
        boolean empty = services.setup().isEmpty();
        String street = services.setup().streetName();
        WindowGeometry geometry = services.settings().windowGeometry();
        if (empty) {
            return new StartData(true, street, geometry, new OrgTree(List.of()), List.of());
        }
        return new StartData(false, street, geometry, services.orgs().loadTree(),
                services.roster().firstPage(AppData.FIRST_PAGE));
    }
}
