package org.dangjiandesk.gui.main;

import java.util.function.Supplier;
import javafx.scene.Parent;
import org.dangjiandesk.model.Permission;

/**
 * One entry of the navigation: its button's fx:id, the bundle key of its title, how to build its screen (built on
 * first use, then kept), and the permission it needs: null for the record screens, which every role but the
 * auditor sees (read-only where the role cannot edit).
 */
public record MainModule(String navId, String titleKey, Supplier<Parent> screen, Permission requires) {

    /** A record screen (organisations, roster, rating, …). */
    public MainModule(String navId, String titleKey, Supplier<Parent> screen) {
        this(navId, titleKey, screen, null);
    }
}
