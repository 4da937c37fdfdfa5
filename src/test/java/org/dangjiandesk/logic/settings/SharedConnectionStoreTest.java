package org.dangjiandesk.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedConnectionStoreTest {

    @Test
    void savedConnection_isReadBack_andOnlyItsOwnerMayReadTheFile(@TempDir Path dir) throws Exception {
        SharedConnectionStore store = new SharedConnectionStore(dir.resolve("dangjiandesk"));
        SharedConnection c = new SharedConnection(true, "db.jiedao.local", 5433, "dangjian", "clerk1", "p@ss&word=1");

        store.save(c);

        assertThat(store.load()).isEqualTo(c);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void noFile_meansTheEmbeddedDatabase(@TempDir Path dir) {
        assertThat(new SharedConnectionStore(dir).load().enabled()).isFalse();
    }

    @Test
    void jdbcUrl_encodesUserAndPassword_andToStringHidesThePassword() {
        SharedConnection c = new SharedConnection(true, "db", 5432, "dangjian", "clerk 1", "p@ss&word=1");

        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/dangjian?user=clerk+1&password=p%40ss%26word%3D1");
        assertThat(c.toString()).doesNotContain("p@ss");
    }

    @Test
    void settingsFolder_isTheOsUsersOwn() {
        assertThat(SharedConnectionStore.userSettingsFolder(Map.of("APPDATA", "C:\\Users\\li\\AppData\\Roaming"),
                "Windows 11", "C:\\Users\\li").toString()).endsWith("DangjianDesk");
        assertThat(SharedConnectionStore.userSettingsFolder(Map.of(), "Linux", "/home/li"))
                .isEqualTo(Path.of("/home/li/.config/dangjiandesk"));
        assertThat(SharedConnectionStore.userSettingsFolder(Map.of(), "Mac OS X", "/Users/li"))
                .isEqualTo(Path.of("/Users/li/Library/Preferences/DangjianDesk"));
    }
}
