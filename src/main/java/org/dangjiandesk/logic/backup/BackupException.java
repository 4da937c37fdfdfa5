package org.dangjiandesk.logic.backup;

import org.dangjiandesk.logic.KeyedException;

/** A backup or restore that could not be done; the key ({@code backup.error.*}) says why. */
public final class BackupException extends KeyedException {
    private static final long serialVersionUID = 1L;

    /** Why; each has the message key {@code backup.error.<NAME>}. */
    public enum Reason {
        /** The copy did not hold the rows the database held when it was made. */
        VERIFY_FAILED,
        /** The file is not a backup of this app, or is damaged. */
        NOT_A_BACKUP,
        /** The backup folder cannot be created or written. */
        FOLDER_NOT_WRITABLE,
        /** Only the embedded database on this computer is backed up here. */
        NOT_EMBEDDED,
        /** There is no verified backup to restore. */
        NO_VERIFIED_BACKUP
    }

    private final Reason reason;

    public BackupException(Reason reason, Object... args) {
        super("backup.error." + reason.name(), args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
