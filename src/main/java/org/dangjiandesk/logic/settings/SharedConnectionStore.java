package org.dangjiandesk.logic.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Keeps the {@link SharedConnection} in the OS user's own settings folder (Windows %APPDATA%\DangjianDesk, macOS
 * ~/Library/Preferences/DangjianDesk, Linux $XDG_CONFIG_HOME/dangjiandesk or ~/.config/dangjiandesk), in
 * {@code connection.properties} readable by that user only. The password is there and nowhere else: not in the
 * database, not in the data folder, which several clerks may share.
 */
public final class SharedConnectionStore {
    public static final String FILE_NAME = "connection.properties";

    private final Path folder;

    public SharedConnectionStore(Path folder) {
        this.folder = folder;
    }

    /** The store in this OS user's settings folder. */
    public static SharedConnectionStore forUser() {
        return new SharedConnectionStore(userSettingsFolder(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home")));
    }

    static Path userSettingsFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Path.of(env.getOrDefault("APPDATA", userHome + "\\AppData\\Roaming"), "DangjianDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Preferences", "DangjianDesk");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "dangjiandesk") : Path.of(userHome, ".config", "dangjiandesk");
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    public SharedConnection load() {
        Path f = file();
        if (!Files.isRegularFile(f)) {
            return SharedConnection.none();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
        SharedConnection d = SharedConnection.none();
        int port;
        try {
            port = Integer.parseInt(p.getProperty("port", String.valueOf(d.port())));
        } catch (NumberFormatException e) {
            port = d.port();
        }
        return new SharedConnection(Boolean.parseBoolean(p.getProperty("enabled", "false")),
                p.getProperty("host", d.host()), port, p.getProperty("database", d.database()),
                p.getProperty("user", ""), p.getProperty("password", ""));
    }

    /** Writes the file (only the OS user may read it) through a temporary file, so it is never half written. */
    public void save(SharedConnection c) {
        Properties p = new Properties();
        p.setProperty("enabled", String.valueOf(c.enabled()));
        p.setProperty("host", c.host());
        p.setProperty("port", String.valueOf(c.port()));
        p.setProperty("database", c.database());
        p.setProperty("user", c.user() == null ? "" : c.user());
        p.setProperty("password", c.password() == null ? "" : c.password());
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve(FILE_NAME + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp); // Windows: %APPDATA% is private to the user already
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                        "Dangjian Desk: shared database connection of this OS user");
            }
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(), e);
        }
    }
}
