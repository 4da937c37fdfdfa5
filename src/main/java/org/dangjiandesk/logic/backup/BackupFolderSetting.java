package org.dangjiandesk.logic.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder the administrator chose for backups (a second disk or a USB drive), kept in a small file in the data
 * folder rather than in the database: when the database file is damaged the app must still find the backups.
 * Unset, backups go to {@code backups/} in the data folder.
 */
final class BackupFolderSetting {
    static final String FILE_NAME = "backup-folder.txt";
    static final String DEFAULT_FOLDER = "backups";

    private final Path dataDir;

    BackupFolderSetting(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path folder() {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    return Path.of(text);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: fall back to the default folder
        }
        return dataDir.resolve(DEFAULT_FOLDER);
    }

    void save(Path folder) {
        Path file = dataDir.resolve(FILE_NAME);
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(tmp, folder.toAbsolutePath().toString() + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the backup folder", e);
        }
    }
}
