package org.dangjiandesk.logic.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.store.BackupSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open embedded database: online ({@code BACKUP TO}), each one verified by opening it in a
 * temporary folder and comparing the rows per table with what the live database held at that moment, written as
 * {@code .djbak} into the folder the administrator chose, and thinned out by {@link Rotation}. Restoring first
 * backs up the current state, then replaces the database file (the old one is kept aside).
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final BackupSource database;
    private final DataFolderRecovery folder;
    private final Clock clock;
    private final Rotation rotation;
    private final AuditTrail audit;

    public BackupService(BackupSource database, Clock clock) {
        this(database, clock, Rotation.DEFAULT, AuditTrail.NONE);
    }

    public BackupService(BackupSource database, Clock clock, AuditTrail audit) {
        this(database, clock, Rotation.DEFAULT, audit);
    }

    public BackupService(BackupSource database, Clock clock, Rotation rotation) {
        this(database, clock, rotation, AuditTrail.NONE);
    }

    /** Backups are audited after they are verified (so a backup never holds its own entry). */
    public BackupService(BackupSource database, Clock clock, Rotation rotation, AuditTrail audit) {
        this.audit = audit;
        this.database = database;
        this.clock = clock;
        this.rotation = rotation;
        this.folder = database.config().databaseFile().isPresent() ? new DataFolderRecovery(database.config(), clock)
                : null;
    }

    /** False for a database that is not an embedded file here (tests in memory, a shared server database). */
    public boolean available() {
        return folder != null;
    }

    /** Where backups go. */
    public Path folder() {
        return recovery().backupFolder();
    }

    /** Chooses the backup folder (a second disk, a USB drive); it must be writable. */
    public void chooseFolder(Path chosen) {
        Path dir = chosen.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, "write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new BackupException(BackupException.Reason.FOLDER_NOT_WRITABLE, dir);
        }
        new BackupFolderSetting(recovery().dataDir()).save(dir);
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupInfo> list() {
        return recovery().backups();
    }

    /** Makes a verified backup in the backup folder, then applies the rotation to the automatic ones. */
    public BackupInfo backup(BackupKind kind) {
        Path dir = folder();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.FOLDER_NOT_WRITABLE, dir);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path file = DataFolderRecovery.unique(dir, "dangjiandesk-" + now.format(NAME_STAMP) + "-" + kind.token(),
                BackupArchive.EXTENSION);
        BackupInfo made = write(file, kind, now);
        rotate();
        return made;
    }

    /** Makes a verified backup into a file of the user's choice ({@code backup --out FILE}); no rotation. */
    public BackupInfo backupTo(Path file) {
        return write(file.toAbsolutePath(), BackupKind.MANUAL, LocalDateTime.now(clock));
    }

    /** The first automatic backup of the day; nothing when one was already made today. */
    public Optional<BackupInfo> backupIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream()
                .anyMatch(b -> b.kind().automatic() && b.verified() && b.created().toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(backup(BackupKind.DAILY));
    }

    /**
     * Restores a backup. The backup is verified first; then the current state is backed up (kind
     * BEFORE_RESTORE), {@code closeDatabase} is run (every service on this database is unusable after it) and the
     * database file is replaced, the old one moved aside. The app must reopen the data folder afterwards.
     */
    public RestoreResult restore(Path backup, Runnable closeDatabase) {
        recovery().verify(backup); // refuse a bad backup before touching anything
        BackupInfo before = backup(BackupKind.BEFORE_RESTORE);
        closeDatabase.run();
        return recovery().restore(backup, Optional.of(before), audit.loginName());
    }

    /** {@link #restore(Path, Runnable)} that closes the database itself. */
    public RestoreResult restore(Path backup) {
        return restore(backup, database::close);
    }

    /** Verifies a backup file: opens it in a temporary folder and checks it. */
    public BackupInfo verify(Path backup) {
        return recovery().verify(backup);
    }

    private BackupInfo write(Path file, BackupKind kind, LocalDateTime now) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            Map<String, Long> live = database.backupTo(part);
            Map<String, Long> copy = DataFolderRecovery.openAndCount(part, database.config());
            if (!copy.equals(live)) {
                LOG.error("backup verification failed: live {} copy {}", live, copy);
                throw new BackupException(BackupException.Reason.VERIFY_FAILED, file.getFileName());
            }
            BackupArchive.writeManifest(part, now, kind, live);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long rows = live.values().stream().mapToLong(x -> x).sum();
            LOG.info("backup {} verified: {} rows", file.getFileName(), rows);
            audit.record(AuditAction.BACKUP, String.valueOf(file.getFileName()),
                    "kind: " + kind + "\nrows: " + rows);
            return BackupArchive.read(file);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.FOLDER_NOT_WRITABLE, file.getParent());
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", part, e.getMessage());
            }
        }
    }

    private void rotate() {
        for (BackupInfo old : rotation.toRemove(list())) {
            try {
                Files.deleteIfExists(old.file());
                LOG.info("rotation removed {}", old.file().getFileName());
            } catch (IOException e) {
                LOG.warn("rotation could not remove {}: {}", old.file(), e.getMessage());
            }
        }
    }

    private DataFolderRecovery recovery() {
        if (folder == null) {
            throw new BackupException(BackupException.Reason.NOT_EMBEDDED);
        }
        return folder;
    }
}
