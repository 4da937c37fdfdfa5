package org.dangjiandesk.gui.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML that belongs to a view: {@code Xxx.fxml} beside {@code XxxView} in the same package, with the
 * view object itself as controller (the FXML names no fx:controller) and the app's resource bundle; controls the
 * logged-in role may not use are hidden ({@link RoleFilter}).
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static Parent load(Object view, String fxmlName, ResourceBundle bundle) {
        URL url = view.getClass().getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("FXML not found beside " + view.getClass().getName() + ": " + fxmlName);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setController(view);
        try {
            Parent root = loader.load();
            RoleFilter.apply(loader.getNamespace().values());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxmlName, e);
        }
    }
}
