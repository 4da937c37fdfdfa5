package org.dangjiandesk.gui;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.settings.SettingsService.WindowGeometry;

/**
 * What decides the first screen, read right after the database opens: whether the data folder is empty, the
 * street's name and the window geometry (a few small queries).
 */
record StartData(boolean empty, String streetName, WindowGeometry geometry) {

    static StartData read(Services services) {
        return new StartData(services.setup().isEmpty(), services.setup().streetName(),
                services.settings().windowGeometry());
    }
}
