package org.dangjiandesk.logic.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A done restore: the backup now in use, where the replaced database file was set aside (never deleted), and the
 * backup of the state just before (absent when the database could not be opened, e.g. a damaged file).
 */
public record RestoreResult(BackupInfo restored, Optional<Path> setAside, Optional<BackupInfo> stateBefore) {
}
