package org.dangjiandesk.model;

/**
 * What a user may do. A role brings a fixed set ({@link Role#permissions()}); the administrator may grant the
 * optional ones ({@link #isGrantable()}) to a single user on top of the role.
 */
public enum Permission {
    /** Add and change records: organisations, members, ratings, training, projects, imports. */
    EDIT_RECORDS(false),
    /** Users, roles and settings (系统管理). */
    MANAGE_USERS(false),
    /** Read the audit log. */
    READ_AUDIT(false),
    /** Make and restore backups. */
    BACKUP(false),
    /** See full ID numbers and phones (each unmasking of a record is logged). */
    VIEW_UNMASKED(true),
    /** Write personal data to files (roster exports, name lists). */
    EXPORT_PERSONAL(true),
    /** Approve points and assessments of the star rating. */
    APPROVE_RATINGS(true),
    /** Close a statistics period. */
    CLOSE_PERIODS(true);

    private final boolean grantable;

    Permission(boolean grantable) {
        this.grantable = grantable;
    }

    public boolean isGrantable() {
        return grantable;
    }
}
