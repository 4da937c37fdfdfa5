package org.dangjiandesk.logic.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjiandesk.store.DatabaseCheck;
import org.dangjiandesk.store.DatabaseConfig;

/**
 * What can be done with the data folder while its database is closed (or cannot be opened because it is
 * damaged): check it, list the backups, and put a backup in place of the database file. The replaced file is
 * always moved aside into {@code replaced/}, never overwritten nor deleted.
 */
public final class DataFolderRecovery {
    static final String REPLACED_FOLDER = "replaced";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DatabaseConfig config;
    private final Path dataDir;
    private final Clock clock;

    public DataFolderRecovery(DatabaseConfig config, Clock clock) {
        this.config = config;
        this.dataDir = config.databaseFile()
                .orElseThrow(() -> new BackupException(BackupException.Reason.NOT_EMBEDDED)).getParent();
        this.clock = clock;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The backup folder chosen by the administrator (or the default one). */
    public Path backupFolder() {
        return new BackupFolderSetting(dataDir).folder();
    }

    /** Opens the (closed) database read-only, reads every row, and returns the rows per table. */
    public Map<String, Long> check() {
        return DatabaseCheck.check(config);
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupInfo> backups() {
        Path folder = backupFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(BackupArchive.EXTENSION))
                    .filter(Files::isRegularFile)
                    .map(BackupArchive::read)
                    .sorted(Comparator.comparing(BackupInfo::created).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public Optional<BackupInfo> latestVerified() {
        return backups().stream().filter(BackupInfo::verified).findFirst();
    }

    /**
     * Opens a backup in a temporary folder and checks it; a backup with a manifest must hold exactly the rows it
     * was made with. Returns what the backup holds.
     */
    public BackupInfo verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, backup.getFileName());
        }
        BackupInfo info = BackupArchive.read(backup);
        Map<String, Long> found = openAndCount(backup, config);
        if (!info.rowCounts().isEmpty() && !info.rowCounts().equals(found)) {
            throw new BackupException(BackupException.Reason.VERIFY_FAILED, backup.getFileName());
        }
        return new BackupInfo(info.file(), info.created(), info.kind(), info.sizeBytes(), true, found);
    }

    /**
     * Replaces the (closed) database with a verified backup: the backup is checked first, unpacked next to the
     * database, the current file moved into {@code replaced/}, and the unpacked one moved into its place.
     */
    public RestoreResult restore(Path backup) {
        return restore(backup, Optional.empty());
    }

    RestoreResult restore(Path backup, Optional<BackupInfo> stateBefore) {
        return restore(backup, stateBefore, null);
    }

    /**
     * The same, and when {@code loginName} is given, the restore is audited in the restored database (the one the
     * app works on from now; an entry in the replaced one would be set aside with it), naming the backup.
     */
    RestoreResult restore(Path backup, Optional<BackupInfo> stateBefore, String loginName) {
        RestoreResult result = replace(backup, stateBefore);
        if (loginName != null) {
            BackupInfo b = result.restored();
            StringBuilder details = new StringBuilder("backup: " + b.file().getFileName() + "\ncreated: "
                    + b.created() + "\nkind: " + b.kind());
            stateBefore.ifPresent(s -> details.append("\nstateBefore: ").append(s.file().getFileName()));
            try (org.dangjiandesk.store.Database db = org.dangjiandesk.store.Database.open(config)) {
                new org.dangjiandesk.logic.security.AuditLog(db, clock).record(loginName,
                        org.dangjiandesk.model.AuditAction.RESTORE, String.valueOf(b.file().getFileName()),
                        details.toString());
            }
        }
        return result;
    }

    private RestoreResult replace(Path backup, Optional<BackupInfo> stateBefore) {
        BackupInfo info = verify(backup);
        Path live = config.databaseFile().orElseThrow();
        Path staging = dataDir.resolve("restoring");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            BackupArchive.extractDatabase(backup, staging, config);
            Path unpacked = config.inFolder(staging).databaseFile().orElseThrow();
            Optional<Path> aside = Optional.empty();
            if (Files.exists(live)) {
                Path replaced = Files.createDirectories(dataDir.resolve(REPLACED_FOLDER));
                Path target = unique(replaced, "dangjiandesk-" + LocalDateTime.now(clock).format(STAMP),
                        DatabaseConfig.DATABASE_FILE_SUFFIX);
                Files.move(live, target, StandardCopyOption.ATOMIC_MOVE);
                aside = Optional.of(target);
            }
            Files.deleteIfExists(live.resolveSibling(live.getFileName() + ".closed")); // the mark of the old file
            Files.move(unpacked, live, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
            return new RestoreResult(info, aside, stateBefore);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + backup, e);
        }
    }

    /** Unpacks a backup into a temporary folder, checks it and counts its rows; the folder is removed after. */
    static Map<String, Long> openAndCount(Path backup, DatabaseConfig config) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("dangjiandesk-verify-");
            BackupArchive.extractDatabase(backup, tmp, config);
            return DatabaseCheck.check(config.inFolder(tmp));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot verify " + backup, e);
        } catch (org.dangjiandesk.store.StoreException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, backup.getFileName());
        } finally {
            deleteTree(tmp);
        }
    }

    static Path unique(Path folder, String stem, String suffix) {
        Path p = folder.resolve(stem + suffix);
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(stem + "-" + i + suffix);
        }
        return p;
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind costs disk only
        }
    }
}
