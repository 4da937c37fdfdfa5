package org.dangjiandesk.testutil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;

/** Services on a fresh in-memory database, with the clock fixed on {@link #TODAY}. Close after the test. */
public final class TestServices implements AutoCloseable {
    /** The day all tests live on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private final Database database;
    private final AppServices app;

    public TestServices() {
        this.database = Database.open(DatabaseConfig.inMemory("test-" + UUID.randomUUID()));
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
        app.close();
    }
}
