package org.dangjiandesk.gui.util;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * Picks a CJK font that is installed: Microsoft YaHei on Windows, PingFang SC on macOS, WenQuanYi Micro Hei or
 * Noto Sans CJK SC on Linux. JavaFX CSS takes one family name, so the choice is made here at run time.
 * Every scene and dialog gets {@link #stylesheets()}.
 */
public final class Styles {
    static final List<String> PREFERRED = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "SimSun");

    private Styles() {
    }

    static String cjkFamily() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
    }

    /**
     * A stylesheet (data URI) that sets the CJK font on every root it is added to: main window and dialogs, so a
     * replaced scene root keeps the font.
     */
    public static String stylesheet() {
        String css = ".root { -fx-font-family: '" + cjkFamily() + "'; }";
        return "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The app's look ({@code app.css}) and the CJK font. */
    public static List<String> stylesheets() {
        return List.of(
                java.util.Objects.requireNonNull(Styles.class.getResource("/org/dangjiandesk/gui/app.css")).toExternalForm(),
                stylesheet());
    }

    public static Scene styled(Scene scene) {
        scene.getStylesheets().addAll(stylesheets());
        return scene;
    }
}
