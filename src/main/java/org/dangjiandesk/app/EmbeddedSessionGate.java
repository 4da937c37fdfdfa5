package org.dangjiandesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.StartupLog;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.logic.security.FileKeys;
import org.dangjiandesk.logic.security.KeyWrap;
import org.dangjiandesk.logic.security.KeyWrap.KdfParams;
import org.dangjiandesk.logic.security.Keyring;
import org.dangjiandesk.logic.security.LoginException;
import org.dangjiandesk.logic.security.LoginPolicy;
import org.dangjiandesk.logic.security.LoginService;
import org.dangjiandesk.logic.security.PasswordHasher;
import org.dangjiandesk.logic.security.PasswordRuleException;
import org.dangjiandesk.logic.security.PasswordRules;
import org.dangjiandesk.logic.security.SessionGate;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;
import org.dangjiandesk.store.StoreException;
import org.dangjiandesk.logic.security.DamagedDataException;

/**
 * The way into an embedded data folder. The database file is encrypted (H2 {@code CIPHER=AES}) under a random
 * file key; the keyring holds that key wrapped once per user with a key derived from the user's password, so any
 * user can open the data and a copied folder without a password opens nothing. Wrong passwords are counted in the
 * keyring (the database cannot be opened to count them) and audited at the next successful login.
 */
public final class EmbeddedSessionGate implements SessionGate {
    private final Path dataDir;
    private final Locale locale;
    private final Clock clock;
    private final KdfParams kdf;
    private final PasswordHasher hasher;

    public EmbeddedSessionGate(Path dataDir, Locale locale, Clock clock, KdfParams kdf, PasswordHasher hasher) {
        this.dataDir = dataDir;
        this.locale = locale;
        this.clock = clock;
        this.kdf = kdf;
        this.hasher = hasher;
    }

    /** Real-world costs: Argon2id at 64 MiB for the key, Spring's defaults for the password hash. */
    public static EmbeddedSessionGate standard(Path dataDir, Locale locale) {
        return new EmbeddedSessionGate(dataDir, locale, Clock.systemDefaultZone(), KdfParams.STANDARD,
                PasswordHasher.standard());
    }

    @Override
    public DataState state() {
        if (Keyring.exists(dataDir)) {
            return DataState.PROTECTED;
        }
        if (!DatabaseConfig.embeddedExists(dataDir)) {
            return DataState.NEW;
        }
        // data without a keyring but with accounts (copied back from a shared database): log in, which encrypts it
        try (Database plain = Database.open(DatabaseConfig.embedded(dataDir))) {
            return new LoginService(plain, hasher, clock).hasAccounts() ? DataState.PROTECTED : DataState.UNPROTECTED;
        }
    }

    @Override
    public synchronized ServicesSession createAdministrator(String loginName, String displayName, char[] password) {
        DataState state = state();
        if (state == DataState.PROTECTED) {
            throw new LoginException(LoginException.Reason.ALREADY_SET_UP);
        }
        String login = loginName == null ? "" : loginName.strip();
        PasswordRules.problem(login, password).ifPresent(k -> {
            throw new PasswordRuleException(k);
        });
        createDataDir();
        byte[] fileKey = KeyWrap.randomBytes(KeyWrap.KEY_BYTES);
        if (state == DataState.UNPROTECTED) {
            Database.encryptEmbedded(dataDir, fileKey);
            StartupLog.mark("existing database encrypted");
        }
        // the keyring first: if anything below fails, the same password still opens the data, and the login
        // finishes creating the administrator (see login)
        Keyring keyring = Keyring.create(dataDir);
        keyring.put(login, password, fileKey, kdf);
        keyring.save();
        Database db = Database.open(DatabaseConfig.embeddedEncrypted(dataDir, fileKey));
        try {
            UserAccount admin = new LoginService(db, hasher, clock)
                    .createFirstAdministrator(login, displayName, password, state == DataState.UNPROTECTED);
            return wire(db, admin, fileKey);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public synchronized DatabaseConfig closedDatabaseConfig(String loginName, char[] password) {
        String login = loginName == null ? "" : loginName.strip();
        if (!Keyring.exists(dataDir)) {
            return DatabaseConfig.embedded(dataDir);
        }
        Keyring keyring = Keyring.load(dataDir);
        byte[] key = unwrap(keyring, login, password);
        keyring.setFailures(login, 0, null);
        keyring.save();
        return DatabaseConfig.embeddedEncrypted(dataDir, key);
    }

    /** The file key; a wrong password is counted (and locks after five) and queued for the audit log. */
    private byte[] unwrap(Keyring keyring, String login, char[] password) {
        Instant now = clock.instant();
        Optional<Keyring.Entry> entry = keyring.entry(login);
        if (entry.isEmpty()) {
            keyring.queueFailure(now, login, "unknown user");
            keyring.save();
            throw new LoginException(LoginException.Reason.BAD_CREDENTIALS);
        }
        Keyring.Entry e = entry.get();
        if (e.lockedUntil() != null && e.lockedUntil().isAfter(now)) {
            keyring.queueFailure(now, login, "locked");
            keyring.save();
            throw new LoginException(LoginException.Reason.LOCKED, local(e.lockedUntil()));
        }
        Optional<byte[]> fileKey = keyring.unwrap(e, password);
        if (fileKey.isEmpty()) {
            int failures = e.failures() + 1;
            Instant lock = failures >= LoginPolicy.MAX_FAILURES ? now.plus(LoginPolicy.LOCK) : null;
            keyring.setFailures(login, lock != null ? 0 : failures, lock);
            keyring.queueFailure(now, login, lock != null ? "wrong password, account locked" : "wrong password");
            keyring.save();
            throw lock != null ? new LoginException(LoginException.Reason.LOCKED, local(lock))
                    : new LoginException(LoginException.Reason.BAD_CREDENTIALS);
        }
        return fileKey.get();
    }

    @Override
    public synchronized ServicesSession login(String loginName, char[] password) {
        String login = loginName == null ? "" : loginName.strip();
        if (!Keyring.exists(dataDir)) {
            return loginAndEncrypt(login, password);
        }
        Keyring keyring = Keyring.load(dataDir);
        Optional<byte[]> fileKey = Optional.of(unwrap(keyring, login, password));
        StartupLog.mark("key unwrapped");
        List<String[]> queued = keyring.takeQueuedFailures();
        keyring.setFailures(login, 0, null);
        keyring.save();
        DatabaseConfig config = DatabaseConfig.embeddedEncrypted(dataDir, fileKey.get());
        Database db;
        try {
            db = Database.open(config);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CORRUPT) {
                throw new DamagedDataException(config, e);
            }
            throw e;
        }
        StartupLog.mark("database open and current");
        try {
            LoginService logins = new LoginService(db, hasher, clock);
            if (!logins.hasAccounts()) {
                // the administrator's creation stopped after the keyring was written: finish it
                UserAccount admin = logins.createFirstAdministrator(login, login, password, false);
                return wire(db, admin, fileKey.get());
            }
            UserAccount user = logins.login(login, password, queued);
            return wire(db, user, fileKey.get());
        } catch (RuntimeException ex) {
            db.close();
            throw ex;
        }
    }

    /**
     * The first login to unencrypted data that already has accounts (copied from a shared database): the account's
     * password is checked against its hash, then the database is encrypted and the keyring gets this user. Other
     * users need a new password from the administrator before they can open the data.
     */
    private ServicesSession loginAndEncrypt(String login, char[] password) {
        try (Database plain = Database.open(DatabaseConfig.embedded(dataDir))) {
            new LoginService(plain, hasher, clock).login(login, password, List.of());
        }
        byte[] fileKey = KeyWrap.randomBytes(KeyWrap.KEY_BYTES);
        Database.encryptEmbedded(dataDir, fileKey);
        Keyring keyring = Keyring.create(dataDir);
        keyring.put(login, password, fileKey, kdf);
        keyring.save();
        Database db = Database.open(DatabaseConfig.embeddedEncrypted(dataDir, fileKey));
        try {
            UserAccount user = db.read(r -> r.users().findByLogin(login)).orElseThrow();
            new org.dangjiandesk.logic.security.AuditLog(db, clock)
                    .record(login, org.dangjiandesk.model.AuditAction.DATA_ENCRYPTED, "", "");
            return wire(db, user, fileKey);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private ServicesSession wire(Database db, UserAccount user, byte[] fileKey) {
        FileKeys keys = new KeyringFileKeys(dataDir, fileKey, kdf);
        AppServices wired = AppServices.wire(db, locale, clock, dataDir.resolve(AppServices.ATTACHMENTS_FOLDER),
                new AppServices.SessionUser(new Access(user), keys, hasher));
        StartupLog.mark("services wired");
        return wired;
    }

    private LocalDateTime local(Instant i) {
        return LocalDateTime.ofInstant(i, clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone());
    }

    private void createDataDir() {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder", e);
        }
    }

    /** Keeps the keyring in step with the accounts while a session holds the file key. */
    private static final class KeyringFileKeys implements FileKeys {
        private final Path dataDir;
        private final byte[] fileKey;
        private final KdfParams kdf;

        KeyringFileKeys(Path dataDir, byte[] fileKey, KdfParams kdf) {
            this.dataDir = dataDir;
            this.fileKey = Arrays.copyOf(fileKey, fileKey.length);
            this.kdf = kdf;
        }

        @Override
        public synchronized void passwordSet(String loginName, char[] password) {
            Keyring k = Keyring.load(dataDir);
            k.put(loginName, password, fileKey, kdf);
            k.save();
        }

        @Override
        public synchronized void removed(String loginName) {
            Keyring k = Keyring.load(dataDir);
            k.remove(loginName);
            k.save();
        }
    }
}
