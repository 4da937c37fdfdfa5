package org.dangjiandesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    private TestServices ts;
    private TestStreet street;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private List<AuditEntry> all() {
        return ts.services().security().audit().find(AuditQuery.latest(1000));
    }

    @Test
    void memberEdit_isLoggedFieldByField_asTheLoggedInUser() {
        Member before = street.zhangJianguo;
        ts.services().roster().update(before.toBuilder().homeAddress("枫岚路 8 号").partyPost("组织委员").build());

        AuditEntry e = all().get(0);
        assertThat(e.action()).isEqualTo(AuditAction.MEMBER_CHANGED);
        assertThat(e.loginName()).isEqualTo("clerk");
        assertThat(e.target()).contains("张建国");
        assertThat(e.details()).contains("homeAddress: ∅ → 枫岚路 8 号").contains("partyPost: ∅ → 组织委员")
                .doesNotContain("version");
    }

    @Test
    void createdMembersAndOrgs_areLoggedWithTheirFields() {
        assertThat(all()).extracting(AuditEntry::action)
                .contains(AuditAction.MEMBER_CREATED, AuditAction.ORG_CREATED);
        assertThat(all()).filteredOn(e -> e.action() == AuditAction.MEMBER_CREATED)
                .anySatisfy(e -> assertThat(e.details()).contains("name: ∅ → 李芳"));
    }

    @Test
    void chain_isIntact_andEachEntryPointsAtThePreviousHash() {
        List<AuditEntry> newestFirst = all();
        assertThat(newestFirst).hasSizeGreaterThan(3);
        for (int i = 0; i < newestFirst.size() - 1; i++) {
            assertThat(newestFirst.get(i).prevHash()).isEqualTo(newestFirst.get(i + 1).hash());
        }
        assertThat(newestFirst.get(newestFirst.size() - 1).prevHash()).isEqualTo(AuditLog.GENESIS);
        AuditLog.Verification v = ts.services().security().audit().verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(newestFirst.size());
    }

    @Test
    void alteredEntry_isReportedAsTheFirstBrokenLink() throws Exception {
        List<AuditEntry> newestFirst = all();
        AuditEntry victim = newestFirst.get(newestFirst.size() / 2);
        try (Connection c = DriverManager.getConnection(ts.database().config().jdbcUrl(), "sa", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET details = 'nothing happened' WHERE id = " + victim.id());
        }
        AuditLog.Verification v = ts.services().security().audit().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).contains(victim.id());
    }

    @Test
    void deletedEntry_breaksTheChainAtTheNextOne() throws Exception {
        List<AuditEntry> newestFirst = all();
        AuditEntry removed = newestFirst.get(2);
        AuditEntry next = newestFirst.get(1);
        try (Connection c = DriverManager.getConnection(ts.database().config().jdbcUrl(), "sa", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_log WHERE id = " + removed.id());
        }
        assertThat(ts.services().security().audit().verify().firstBrokenId()).contains(next.id());
    }

    @Test
    void exports_areLoggedWithTheirRowCount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path out = tmp.resolve("r.xlsx");
        int n = ts.services().excel().rosterExport().export(out, new org.dangjiandesk.logic.excel.roster
                .RosterExportRequest(org.dangjiandesk.logic.excel.roster.RosterExportRequest.nationalColumns(), null,
                false, "街道", TestServices.TODAY), org.dangjiandesk.logic.Progress.NONE);
        assertThat(all().get(0).action()).isEqualTo(AuditAction.EXPORT);
        assertThat(all().get(0).details()).contains("rows: " + n).doesNotContain("unmasked");
    }

    @Test
    void unmaskingOneRecord_isLogged() {
        ts.services().security().personal().unmasked("张建国 #1");
        assertThat(all().get(0).action()).isEqualTo(AuditAction.UNMASK);
        assertThat(all().get(0).target()).isEqualTo("张建国 #1");
    }
}
