package org.dangjiandesk.logic.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.dangjiandesk.logic.security.KeyWrap.KdfParams;

/**
 * {@code keyring.properties} beside the encrypted database: for each user, the database's file key wrapped with a
 * key derived from that user's password, plus the failed-login count and lock (they must be known before the
 * database can be opened). Holds no secret in the clear: a stolen data folder without a password opens nothing.
 * Failed logins are queued here and written to the audit log at the next successful login.
 */
public final class Keyring {
    public static final String FILE_NAME = "keyring.properties";
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder UNB64 = Base64.getDecoder();

    private final Path file;
    private final Properties props;

    private Keyring(Path file, Properties props) {
        this.file = file;
        this.props = props;
    }

    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    public static Keyring create(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("format", "1");
        return new Keyring(dataDir.resolve(FILE_NAME), p);
    }

    public static Keyring load(Path dataDir) {
        Path f = dataDir.resolve(FILE_NAME);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keyring", e);
        }
        return new Keyring(f, p);
    }

    /** One user's wrapped key and login-failure state. */
    public record Entry(String loginName, byte[] salt, KdfParams kdf, byte[] wrappedKey, int failures,
                        Instant lockedUntil) {
    }

    public Optional<Entry> entry(String loginName) {
        String k = key(loginName);
        String wrapped = props.getProperty(k + ".wrapped");
        if (wrapped == null) {
            return Optional.empty();
        }
        String locked = props.getProperty(k + ".lockedUntil");
        return Optional.of(new Entry(loginName, UNB64.decode(props.getProperty(k + ".salt")),
                new KdfParams(Integer.parseInt(props.getProperty(k + ".kdfMemoryKiB")),
                        Integer.parseInt(props.getProperty(k + ".kdfIterations")),
                        Integer.parseInt(props.getProperty(k + ".kdfParallelism"))),
                UNB64.decode(wrapped), Integer.parseInt(props.getProperty(k + ".failures", "0")),
                locked == null || locked.isEmpty() ? null : Instant.parse(locked)));
    }

    public List<String> loginNames() {
        List<String> names = new ArrayList<>();
        for (String p : new TreeMap<>(props).keySet().stream().map(Object::toString).toList()) {
            if (p.startsWith("user.") && p.endsWith(".wrapped")) {
                names.add(new String(Base64.getUrlDecoder().decode(p.substring(5, p.length() - 8)),
                        StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    /** Adds or replaces a user's entry: the file key wrapped with a key from this password. */
    public void put(String loginName, char[] password, byte[] fileKey, KdfParams kdf) {
        byte[] salt = KeyWrap.randomBytes(16);
        byte[] kek = KeyWrap.deriveKey(password, salt, kdf);
        String k = key(loginName);
        props.setProperty(k + ".salt", B64.encodeToString(salt));
        props.setProperty(k + ".kdfMemoryKiB", Integer.toString(kdf.memoryKiB()));
        props.setProperty(k + ".kdfIterations", Integer.toString(kdf.iterations()));
        props.setProperty(k + ".kdfParallelism", Integer.toString(kdf.parallelism()));
        props.setProperty(k + ".wrapped", B64.encodeToString(KeyWrap.wrap(fileKey, kek)));
        props.setProperty(k + ".failures", "0");
        props.remove(k + ".lockedUntil");
        java.util.Arrays.fill(kek, (byte) 0);
    }

    /** Removes a user's entry (a deactivated account can no longer open the database). */
    public void remove(String loginName) {
        String k = key(loginName) + ".";
        props.keySet().removeIf(p -> p.toString().startsWith(k));
    }

    /** The file key if the password is right; empty otherwise. */
    public Optional<byte[]> unwrap(Entry e, char[] password) {
        byte[] kek = KeyWrap.deriveKey(password, e.salt(), e.kdf());
        try {
            return KeyWrap.unwrap(e.wrappedKey(), kek);
        } finally {
            java.util.Arrays.fill(kek, (byte) 0);
        }
    }

    public void setFailures(String loginName, int failures, Instant lockedUntil) {
        String k = key(loginName);
        props.setProperty(k + ".failures", Integer.toString(failures));
        if (lockedUntil == null) {
            props.remove(k + ".lockedUntil");
        } else {
            props.setProperty(k + ".lockedUntil", lockedUntil.toString());
        }
    }

    /** A failed login to be written to the audit log at the next successful login. */
    public void queueFailure(Instant at, String loginName, String reason) {
        int n = Integer.parseInt(props.getProperty("pending.count", "0"));
        props.setProperty("pending." + n, at + "\t" + loginName + "\t" + reason);
        props.setProperty("pending.count", Integer.toString(n + 1));
    }

    /** The queued failures ("time, login, reason"), emptied. Save afterwards. */
    public List<String[]> takeQueuedFailures() {
        int n = Integer.parseInt(props.getProperty("pending.count", "0"));
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String v = props.getProperty("pending." + i);
            if (v != null) {
                out.add(v.split("\t", 3));
            }
            props.remove("pending." + i);
        }
        props.remove("pending.count");
        return out;
    }

    /** Writes the keyring through a temporary file and an atomic rename: a crash leaves the old or the new one. */
    public void save() {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "Dangjian Desk keyring: wrapped database keys. Do not edit.");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keyring", e);
        }
    }

    private static String key(String loginName) {
        return "user." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(loginName.getBytes(StandardCharsets.UTF_8));
    }
}
