package org.dangjiandesk.logic.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data lives: {@code --data-dir} if given, else {@code DANGJIANDESK_HOME}, else the per-user data folder
 * of the OS (Windows %LOCALAPPDATA%\DangjianDesk, macOS ~/Library/Application Support/DangjianDesk, Linux
 * $XDG_DATA_HOME/dangjiandesk or ~/.local/share/dangjiandesk).
 */
public final class DataDirectory {
    public static final String ENV_HOME = "DANGJIANDESK_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", userHome + "\\AppData\\Local");
            return Path.of(local, "DangjianDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "DangjianDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "dangjiandesk") : Path.of(userHome, ".local", "share", "dangjiandesk");
    }
}
