package org.dangjiandesk.gui.util;

import javafx.scene.Node;
import java.util.Collection;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.model.Permission;

/**
 * Hides what the logged-in role cannot do: controls marked in FXML with the style class {@code needs-edit},
 * {@code needs-approve} or {@code needs-export} disappear for users without that permission. Applied by
 * {@link ViewLoader} to every view it loads, so a screen needs only the style class. The services check the same
 * permissions, so a control this misses still cannot change anything.
 */
public final class RoleFilter {
    private static volatile Access access;

    private RoleFilter() {
    }

    /** The session's user; null (tests, before login) shows everything. */
    public static void install(Access sessionAccess) {
        access = sessionAccess;
    }

    /**
     * Looks through the objects with an fx:id (the loader's namespace): unlike a scene-graph lookup, this also
     * finds controls inside tool bars, tabs and split panes that have no skin yet.
     */
    static void apply(Collection<Object> namedObjects) {
        Access a = access;
        if (a == null) {
            return;
        }
        for (Object o : namedObjects) {
            if (o instanceof Node n) {
                if (n.getStyleClass().contains("needs-edit") && !a.may(Permission.EDIT_RECORDS)
                        || n.getStyleClass().contains("needs-approve") && !a.may(Permission.APPROVE_RATINGS)
                        || n.getStyleClass().contains("needs-export") && !a.may(Permission.EXPORT_PERSONAL)) {
                    hide(n);
                }
            }
        }
    }

    private static void hide(Node n) {
        if (!n.visibleProperty().isBound()) {
            n.setVisible(false);
        }
        if (!n.managedProperty().isBound()) {
            n.setManaged(false);
        }
        if (!n.disableProperty().isBound()) {
            n.setDisable(true);
        }
    }
}
