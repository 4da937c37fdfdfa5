package org.dangjiandesk.gui.main;

import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * One entry of the navigation: its button's fx:id, the bundle key of its title, and how to build its screen
 * (built on first use, then kept).
 */
public record MainModule(String navId, String titleKey, Supplier<Parent> screen) {
}
