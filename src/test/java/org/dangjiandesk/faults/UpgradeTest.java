package org.dangjiandesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.backup.BackupKind;
import org.dangjiandesk.store.DatabaseCheck;
import org.dangjiandesk.store.DatabaseConfig;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder left by an older version (schema V3, before star rating) opens, migrates and keeps its data. */
class UpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aDataFolderAtSchemaV3_opensAndMigrates_keepingItsData() throws Exception {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
                .locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO app_setting (setting_key, setting_value) VALUES ('street.name', '老版本街道')");
            st.execute("INSERT INTO org_unit (org_type, full_name) VALUES ('WORKING_COMMITTEE', '中共老版本街道工作委员会')");
            st.execute("SHUTDOWN");
        }
        assertThat(DatabaseCheck.check(config)).doesNotContainKey("RATING_SCHEME").containsEntry("ORG_UNIT", 1L);

        try (ServicesSession s = org.dangjiandesk.testutil.TestAccounts.open(dir)) {
            assertThat(s.services().setup().streetName()).isEqualTo("老版本街道");
            assertThat(s.services().orgs().loadTree().all()).singleElement()
                    .satisfies(o -> assertThat(o.fullName()).isEqualTo("中共老版本街道工作委员会"));
            assertThat(s.services().backup().backup(BackupKind.MANUAL).verified()).isTrue();
        }
        assertThat(DatabaseCheck.check(org.dangjiandesk.testutil.TestAccounts.closedConfig(dir))).containsKey("RATING_SCHEME").containsKey("BRAND_PROJECT")
                .containsEntry("ORG_UNIT", 1L);
    }
}
