package org.dangjiandesk.logic.security;

/** A login name and password, e.g. for a command-line run (from the environment or a prompt, never an argument). */
public record Credentials(String loginName, char[] password) {
    @Override
    public String toString() {
        return "Credentials[" + loginName + "]"; // never the password
    }
}
