package org.dangjiandesk.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.Credentials;

/**
 * {@code DANGJIANDESK_USER} and {@code DANGJIANDESK_PASSWORD} (for scripts), else a prompt on the console; a new
 * password from {@code DANGJIANDESK_NEW_PASSWORD}, else typed twice.
 */
public final class EnvironmentCredentials implements CredentialSource {
    public static final String USER = "DANGJIANDESK_USER";
    public static final String PASSWORD = "DANGJIANDESK_PASSWORD";
    public static final String NEW_PASSWORD = "DANGJIANDESK_NEW_PASSWORD";

    private final Map<String, String> env;
    private final Messages messages;

    public EnvironmentCredentials(Map<String, String> env, Messages messages) {
        this.env = env;
        this.messages = messages;
    }

    @Override
    public Credentials login(String userOption) {
        String user = userOption != null ? userOption : env.get(USER);
        Console console = System.console();
        if (user == null || user.isBlank()) {
            if (console == null) {
                throw new DataCommand.UserError(messages.get("cli.login.noUser", USER));
            }
            user = console.readLine(messages.get("cli.login.userPrompt"));
        }
        String pw = env.get(PASSWORD);
        if (pw != null) {
            return new Credentials(user.strip(), pw.toCharArray());
        }
        if (console == null) {
            throw new DataCommand.UserError(messages.get("cli.login.noPassword", PASSWORD));
        }
        return new Credentials(user.strip(), console.readPassword(messages.get("cli.login.passwordPrompt")));
    }

    @Override
    public char[] newPassword(String forLogin) {
        String pw = env.get(NEW_PASSWORD);
        if (pw != null) {
            return pw.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new DataCommand.UserError(messages.get("cli.login.noNewPassword", NEW_PASSWORD));
        }
        char[] a = console.readPassword(messages.get("cli.login.newPasswordPrompt", forLogin));
        char[] b = console.readPassword(messages.get("cli.login.repeatPrompt"));
        if (!Arrays.equals(a, b)) {
            throw new DataCommand.UserError(messages.get("cli.login.mismatch"));
        }
        return a;
    }
}
