package org.dangjiandesk.logic.security;

import org.dangjiandesk.logic.KeyedException;
import org.dangjiandesk.model.Permission;

/** The logged-in user lacks a permission; the message names it ("security.denied.EDIT_RECORDS"). */
public final class AccessDeniedException extends KeyedException {
    private static final long serialVersionUID = 1L;
    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("security.denied." + permission.name());
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
