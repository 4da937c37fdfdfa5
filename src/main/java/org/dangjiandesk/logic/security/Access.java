package org.dangjiandesk.logic.security;

import java.util.Objects;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.UserAccount;

/**
 * Who is logged in and what they may do. Services ask it before anything a role may not do; the GUI asks it to
 * hide what the role cannot use. One per session: built by the composition root after login.
 */
public final class Access {
    private volatile UserAccount user;

    public Access(UserAccount user) {
        this.user = Objects.requireNonNull(user);
    }

    public UserAccount user() {
        return user;
    }

    public String loginName() {
        return user.loginName();
    }

    public boolean may(Permission p) {
        return user.may(p);
    }

    /** @throws AccessDeniedException when the user lacks the permission */
    public void require(Permission p) {
        if (!may(p)) {
            throw new AccessDeniedException(p);
        }
    }

    /** After the administrator changed the account of the logged-in user. */
    void refresh(UserAccount changed) {
        if (changed.id().equals(user.id())) {
            this.user = changed;
        }
    }
}
