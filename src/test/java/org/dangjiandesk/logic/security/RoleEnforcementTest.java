package org.dangjiandesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.excel.roster.RosterExportRequest;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The services refuse what a role may not do, whatever the screens show. */
class RoleEnforcementTest {
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

    private Services as(Role role) {
        return AppServices.wire(ts.database(), org.dangjiandesk.logic.i18n.Messages.CHINESE, TestServices.CLOCK,
                new Access(new UserAccount(9L, "u-" + role, "某人", role, Set.of(), true, null, 0))).services();
    }

    @Test
    void viewer_cannotSaveAMember_andNothingIsWritten() {
        Services viewer = as(Role.VIEWER);
        Member m = street.liFang;
        assertThatThrownBy(() -> viewer.roster().update(m.toBuilder().homeAddress("别处").build()))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(new ErrorTexts(viewer.messages()).describe(e)).contains("没有修改记录的权限"));
        assertThat(viewer.roster().find(m.id()).orElseThrow().homeAddress()).isNull();
    }

    @Test
    void auditorAndAdministrator_cannotEditRecordsEither() {
        for (Role r : new Role[] {Role.AUDITOR, Role.ADMIN}) {
            assertThatThrownBy(() -> as(r).orgs().update(street.branch1.withDetails("改名", null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void clerkWithoutTheGrant_cannotExportPersonalData(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r.xlsx");
        Services clerk = as(Role.CLERK);
        assertThatThrownBy(() -> clerk.excel().rosterExport().export(out, new RosterExportRequest(
                RosterExportRequest.nationalColumns(), null, false, "街道", TestServices.TODAY), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void unmasking_needsThePermission() {
        Services clerk = as(Role.CLERK);
        assertThat(clerk.security().personal().mayUnmask()).isFalse();
        assertThatThrownBy(() -> clerk.security().personal().unmasked("李芳 #2"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
