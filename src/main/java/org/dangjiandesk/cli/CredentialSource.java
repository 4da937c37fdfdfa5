package org.dangjiandesk.cli;

import org.dangjiandesk.logic.security.Credentials;

/**
 * Where a command-line run gets its login: never from an argument (it would show in the process list and the
 * shell history). The launcher reads the environment or prompts; tests supply their own.
 */
public interface CredentialSource {
    /** The login: {@code --user} if given, else the environment; the password from the environment or a prompt. */
    Credentials login(String userOption);

    /** A new password (for init and user commands): from the environment or typed twice at a prompt. */
    char[] newPassword(String forLogin);
}
