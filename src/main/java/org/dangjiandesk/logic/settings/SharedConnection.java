package org.dangjiandesk.logic.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The shared PostgreSQL database several clerks work on (set in 系统管理 → 数据库连接). Kept per OS user by
 * {@link SharedConnectionStore}, never in the data folder or another shared file.
 *
 * @param enabled  false: the embedded database of the data folder is used (the default)
 */
public record SharedConnection(boolean enabled, String host, int port, String database, String user, String password) {
    public static final int DEFAULT_PORT = 5432;

    public static SharedConnection none() {
        return new SharedConnection(false, "localhost", DEFAULT_PORT, "dangjiandesk", "", "");
    }

    /** {@code jdbc:postgresql://host:port/db?user=…&password=…}: for opening only, never to be stored or shown. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                .append('/').append(encode(database));
        String sep = "?";
        if (user != null && !user.isBlank()) {
            url.append(sep).append("user=").append(encode(user));
            sep = "&";
        }
        if (password != null && !password.isEmpty()) {
            url.append(sep).append("password=").append(encode(password));
        }
        return url.toString();
    }

    /** Host, port, database and user, for showing (no password). */
    public String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SharedConnection[" + (enabled ? describe() : "off") + "]"; // never print the password
    }
}
