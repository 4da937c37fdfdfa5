package org.dangjiandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.StartupLog;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.logic.security.FileKeys;
import org.dangjiandesk.logic.security.LoginService;
import org.dangjiandesk.logic.security.PasswordHasher;
import org.dangjiandesk.logic.security.SessionGate;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;

/**
 * The way into the shared PostgreSQL database: the accounts and their Argon2id hashes live in it, so every clerk's
 * PC checks the same accounts, and failed attempts lock the account for all of them. The server protects its own
 * files; there is no file key.
 */
public final class SharedSessionGate implements SessionGate {
    private final Path dataDir;
    private final String dbUrl;
    private final Locale locale;
    private final Clock clock;
    private final PasswordHasher hasher;

    public SharedSessionGate(Path dataDir, String dbUrl, Locale locale, Clock clock, PasswordHasher hasher) {
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
        this.locale = locale;
        this.clock = clock;
        this.hasher = hasher;
    }

    public static SharedSessionGate standard(Path dataDir, String dbUrl, Locale locale) {
        return new SharedSessionGate(dataDir, dbUrl, locale, Clock.systemDefaultZone(), PasswordHasher.standard());
    }

    @Override
    public DataState state() {
        try (Database db = open()) {
            return new LoginService(db, hasher, clock).hasAccounts() ? DataState.PROTECTED : DataState.NEW;
        }
    }

    @Override
    public ServicesSession createAdministrator(String loginName, String displayName, char[] password) {
        Database db = open();
        try {
            UserAccount admin = new LoginService(db, hasher, clock)
                    .createFirstAdministrator(loginName, displayName, password, false);
            return wire(db, admin);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public ServicesSession login(String loginName, char[] password) {
        Database db = open();
        try {
            UserAccount user = new LoginService(db, hasher, clock).login(loginName, password, List.of());
            return wire(db, user);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public DatabaseConfig closedDatabaseConfig(String loginName, char[] password) {
        throw new UnsupportedOperationException("the shared database is backed up by its server");
    }

    private Database open() {
        Database db = Database.open(DatabaseConfig.postgres(dbUrl, null, null));
        StartupLog.mark("shared database open and current");
        return db;
    }

    private ServicesSession wire(Database db, UserAccount user) {
        return AppServices.wire(db, locale, clock, dataDir.resolve(AppServices.ATTACHMENTS_FOLDER),
                new AppServices.SessionUser(new Access(user), FileKeys.NONE, hasher));
    }
}
