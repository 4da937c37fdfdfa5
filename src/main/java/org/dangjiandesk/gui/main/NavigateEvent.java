package org.dangjiandesk.gui.main;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * Asks the main window to show another module, fired by a screen from any of its nodes (it bubbles up to the
 * window), e.g. the statistics screen opening the roster on the members behind a chart's bar.
 */
public final class NavigateEvent extends Event {
    private static final long serialVersionUID = 1L;
    public static final EventType<NavigateEvent> NAVIGATE = new EventType<>(Event.ANY, "NAVIGATE_TO_MODULE");

    private final String navId;

    public NavigateEvent(String navId) {
        super(NAVIGATE);
        this.navId = navId;
    }

    /** The fx:id of the module's navigation button, e.g. navRoster. */
    public String navId() {
        return navId;
    }
}
