package org.dangjiandesk.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final String HOME = "/home/clerk";

    @Test
    void option_winsOverEverything_andIsMadeAbsolute() {
        Path resolved = DataDirectory.resolve(Path.of("data"), Map.of(DataDirectory.ENV_HOME, "/elsewhere"),
                "Linux", HOME);
        assertThat(resolved).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(resolved.isAbsolute()).isTrue();
    }

    @Test
    void environmentOverride_winsOverTheOsFolder() {
        assertThat(DataDirectory.resolve(null, Map.of(DataDirectory.ENV_HOME, "/srv/dangjian",
                "LOCALAPPDATA", "C:\\Users\\clerk\\AppData\\Local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/srv/dangjian").toAbsolutePath());
    }

    @Test
    void blankEnvironmentOverride_isIgnored() {
        assertThat(DataDirectory.resolve(null, Map.of(DataDirectory.ENV_HOME, "  "), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "dangjiandesk"));
    }

    @Test
    void windows_usesLocalAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "C:\\Users\\clerk\\AppData\\Local"),
                "Windows 10", "C:\\Users\\clerk"))
                .isEqualTo(Path.of("C:\\Users\\clerk\\AppData\\Local", "DangjianDesk"));
    }

    @Test
    void windows_withoutLocalAppData_usesTheDefaultUnderTheUserHome() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Windows 10", "C:\\Users\\clerk"))
                .isEqualTo(Path.of("C:\\Users\\clerk\\AppData\\Local", "DangjianDesk"));
    }

    @Test
    void macOs_usesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "DangjianDesk"));
    }

    @Test
    void linux_usesXdgDataHome() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/xdg", "dangjiandesk"));
    }

    @Test
    void linux_withoutXdgDataHome_usesDotLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "dangjiandesk"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", ""), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "dangjiandesk"));
    }
}
