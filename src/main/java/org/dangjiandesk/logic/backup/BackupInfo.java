package org.dangjiandesk.logic.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One backup file: when and why it was made, its size, and whether it was verified (opened in a temporary folder
 * and found to hold the same rows per table as the live database when it was made).
 */
public record BackupInfo(Path file, LocalDateTime created, BackupKind kind, long sizeBytes, boolean verified,
                         Map<String, Long> rowCounts) {

    /** All rows of all tables. */
    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
