package org.dangjiandesk.testutil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.store.Database;

/** Services on a fresh database (in-memory H2, or PostgreSQL in the pg-tests run), with the clock fixed on {@link #TODAY}. Close after the test. */
public final class TestServices implements AutoCloseable {
    /** The day all tests live on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private final TestDatabases.TestDatabase testDatabase;
    private final Database database;
    private final AppServices app;

    /** On in-memory H2, or on a fresh PostgreSQL schema in the {@code pg-tests} run (see {@link TestDatabases}). */
    public TestServices() {
        this.testDatabase = TestDatabases.open();
        this.database = testDatabase.database();
        this.app = AppServices.wire(database, Messages.CHINESE, CLOCK, TestAccounts.clerkAccess());
    }

    public Services services() {
        return app.services();
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        testDatabase.close(); // closes the database the services use, then drops a PostgreSQL schema
    }
}
