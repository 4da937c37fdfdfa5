package org.dangjiandesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.dangjiandesk.logic.sample.SampleOptions;
import org.dangjiandesk.logic.sample.SampleProgress;
import org.dangjiandesk.logic.shared.SharedDatabaseException;
import org.dangjiandesk.logic.shared.SharedDatabaseService.TableCopy;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.testutil.TestDatabases;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate-to: the whole database (sample street with every module's data and history) into an empty one and back,
 * verified by counts and checksums. Runs H2 → new data folder always; the PostgreSQL round trip when a server is
 * configured (DANGJIANDESK_TEST_PG_URL).
 */
class DatabaseCopyTest {
    private TestServices ts;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
    }

    /** A small sample street: every module's tables have rows (the generator's speed dominates this test). */
    private void sampleStreet() {
        ts.services().sample().generate(new SampleOptions(150, SampleOptions.DEFAULT_SEED, TestServices.TODAY),
                SampleProgress.NONE, () -> false);
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void copyToANewDataFolder_copiesEveryTable_withMatchingChecksums(@TempDir Path dir) {
        sampleStreet();
        List<TableCopy> copied = ts.services().sharedDatabase().copyToDataDir(dir.resolve("copy"));

        assertThat(copied).extracting(TableCopy::table).contains("party_member", "member_event", "org_unit",
                "place_unit", "training_attendance", "rating_result", "brand_project", "app_setting", "code_item");
        assertThat(copied).filteredOn(t -> t.table().equals("member_event")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isPositive());
        try (Database copy = Database.open(DatabaseConfig.embedded(dir.resolve("copy")))) {
            for (TableCopy t : copied) {
                var table = DSL.table(DSL.name(t.table()));
                assertThat(copy.dsl().fetchCount(table)).as(t.table()).isEqualTo(t.rows());
            }
        }
    }

    @Test
    void copyIntoAFolderThatHoldsADatabase_isRefused(@TempDir Path dir) {
        Database.open(DatabaseConfig.embedded(dir)).close();

        assertThatThrownBy(() -> ts.services().sharedDatabase().copyToDataDir(dir))
                .isInstanceOf(SharedDatabaseException.class)
                .extracting(e -> ((SharedDatabaseException) e).messageKey()).isEqualTo("shared.error.dataDirNotEmpty");
    }

    @Test
    void roundTripThroughPostgres_keepsEveryChecksum_andNewIdsFollowTheCopiedOnes(@TempDir Path dir) {
        String server = TestDatabases.postgresUrl().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(server != null, "no PostgreSQL server configured");
        sampleStreet();
        String schema = "t_copy_" + UUID.randomUUID().toString().replace("-", "");
        String pgUrl = TestDatabases.emptyPostgresSchema(server, schema);
        try {
            List<TableCopy> there = ts.services().sharedDatabase().copyToServer(pgUrl);
            try (org.dangjiandesk.app.AppServices pg = org.dangjiandesk.app.AppServices.wire(
                    Database.open(DatabaseConfig.postgres(pgUrl, null, null)), org.dangjiandesk.logic.i18n.Messages.CHINESE,
                    java.time.Clock.systemDefaultZone(), org.dangjiandesk.testutil.TestAccounts.clerkAccess())) {
                List<TableCopy> back = pg.services().sharedDatabase().copyToDataDir(dir.resolve("back"));
                assertThat(back).isEqualTo(there);

                Member added = pg.services().roster().create(TestStreet.member("赵新", TestStreet.idNumber("110105",
                                java.time.LocalDate.of(1990, 1, 1), 21), firstBranch(pg), MemberCategory.FULL,
                        java.time.LocalDate.of(2015, 7, 1)), org.dangjiandesk.model.EventType.REGISTERED, null);
                assertThat(added.id()).isGreaterThan(maxMemberId(there));
            }
        } finally {
            TestDatabases.dropSchema(server, schema);
        }
    }

    private static long firstBranch(org.dangjiandesk.app.AppServices s) {
        return s.services().roster().find(1L).map(Member::orgId).orElseThrow();
    }

    private long maxMemberId(List<TableCopy> copied) {
        return ts.database().read(r -> r.members().rosterEntries().stream()
                .mapToLong(e -> e.id()).max().orElse(0));
    }
}
