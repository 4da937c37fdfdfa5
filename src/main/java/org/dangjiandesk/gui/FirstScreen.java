package org.dangjiandesk.gui;

import java.util.List;
import org.dangjiandesk.gui.main.AppData;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.RosterEntry;

/**
 * The data the main window first shows: the organisation tree and the roster's first page. At start-up it is read
 * on the database thread while the FX thread builds the window; the rest of the roster follows once these rows
 * are on screen.
 */
record FirstScreen(OrgTree tree, List<RosterEntry> firstPage) {

    static FirstScreen read(Services services) {
        return new FirstScreen(services.orgs().loadTree(), services.roster().firstPage(AppData.FIRST_PAGE));
    }
}
