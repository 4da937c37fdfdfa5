package org.dangjiandesk.logic.backup;

import java.util.Locale;

/** Why a backup was made. Only the automatic kinds are thinned out by rotation. */
public enum BackupKind {
    /** Made by the user (备份与恢复 screen or {@code backup --out}). */
    MANUAL(false),
    /** The first backup of a day the app runs. */
    DAILY(true),
    /** Made when the app closes. */
    EXIT(true),
    /** The state just before a restore replaced it. */
    BEFORE_RESTORE(false);

    private final boolean automatic;

    BackupKind(boolean automatic) {
        this.automatic = automatic;
    }

    public boolean automatic() {
        return automatic;
    }

    /** As written in file names: {@code before-restore}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static BackupKind fromToken(String token) {
        for (BackupKind k : values()) {
            if (k.token().equals(token)) {
                return k;
            }
        }
        return MANUAL;
    }
}
