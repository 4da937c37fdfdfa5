package org.dangjiandesk.model;

import java.util.EnumSet;
import java.util.Set;

/** The four roles of 等保 separation of duties: the auditor reads the log and edits nothing. */
public enum Role {
    /** 系统管理员: users and settings, backups. */
    ADMIN(EnumSet.of(Permission.MANAGE_USERS, Permission.BACKUP, Permission.READ_AUDIT)),
    /** 录入员: edits the records. */
    CLERK(EnumSet.of(Permission.EDIT_RECORDS)),
    /** 查看: reads everything, masked. */
    VIEWER(EnumSet.noneOf(Permission.class)),
    /** 审计员: reads the audit log only. */
    AUDITOR(EnumSet.of(Permission.READ_AUDIT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
