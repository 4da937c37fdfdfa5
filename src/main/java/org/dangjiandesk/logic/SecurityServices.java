package org.dangjiandesk.logic;

import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.logic.security.AuditLog;
import org.dangjiandesk.logic.security.LoginService;
import org.dangjiandesk.logic.security.PersonalDataAccess;
import org.dangjiandesk.logic.security.UserService;

/** Who is logged in, the audit log, accounts, screen unlock and the masking of personal numbers. */
public record SecurityServices(Access access, AuditLog audit, UserService users, LoginService login,
                               PersonalDataAccess personal, int idleLockMinutes) {
}
