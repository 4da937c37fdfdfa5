package org.dangjiandesk.model;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who logs in. {@code extraPermissions} are the grantable permissions the administrator added on top of
 * the role. The password hash never leaves the security service and the store.
 */
public record UserAccount(Long id, String loginName, String displayName, Role role, Set<Permission> extraPermissions,
                          boolean active, LocalDateTime lockedUntil, int version) {

    public UserAccount {
        extraPermissions = extraPermissions == null || extraPermissions.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(extraPermissions));
    }

    /** The role's permissions plus the extra grants. */
    public Set<Permission> permissions() {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        all.addAll(role.permissions());
        all.addAll(extraPermissions);
        return all;
    }

    public boolean may(Permission p) {
        return role.permissions().contains(p) || extraPermissions.contains(p);
    }
}
