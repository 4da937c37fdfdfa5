package org.dangjiandesk.testutil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.dangjiandesk.app.EmbeddedSessionGate;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.logic.security.KeyWrap;
import org.dangjiandesk.logic.security.PasswordHasher;
import org.dangjiandesk.logic.security.SessionGate;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;

/**
 * Accounts for tests and benchmarks: an administrator and a clerk with every grantable permission, created with
 * cheap key-derivation parameters (the real ones cost a third of a second per login).
 */
public final class TestAccounts {
    public static final String ADMIN = "admin";
    public static final String CLERK = "clerk";
    public static final String PASSWORD = "Test-Passw0rd";

    private TestAccounts() {
    }

    /** The user of in-memory test services: a clerk who may also unmask, export, approve and close periods. */
    public static Access clerkAccess() {
        return new Access(new UserAccount(2L, CLERK, "测试录入员", Role.CLERK,
                EnumSet.of(Permission.VIEW_UNMASKED, Permission.EXPORT_PERSONAL, Permission.APPROVE_RATINGS,
                        Permission.CLOSE_PERIODS), true, null, 0));
    }

    public static EmbeddedSessionGate gate(Path dataDir) {
        return new EmbeddedSessionGate(dataDir, Messages.CHINESE, Clock.systemDefaultZone(),
                KeyWrap.KdfParams.FAST_FOR_TESTS, PasswordHasher.fastForTests());
    }

    /** Creates the administrator and the clerk unless the data folder has accounts already. */
    public static void ensure(Path dataDir) {
        SessionGate gate = gate(dataDir);
        if (gate.state() == SessionGate.DataState.PROTECTED) {
            return;
        }
        try (ServicesSession admin = gate.createAdministrator(ADMIN, "管理员", PASSWORD.toCharArray())) {
            admin.services().security().users().create(CLERK, "录入员", Role.CLERK,
                    EnumSet.of(Permission.VIEW_UNMASKED, Permission.EXPORT_PERSONAL, Permission.APPROVE_RATINGS,
                            Permission.CLOSE_PERIODS), PASSWORD.toCharArray());
        }
    }

    /** Opens a data folder as the clerk, creating the accounts first if needed. */
    public static ServicesSession open(Path dataDir) {
        ensure(dataDir);
        return gate(dataDir).login(CLERK, PASSWORD.toCharArray());
    }

    /** The unlocked configuration of a closed (encrypted) data folder, for checks that work on the file. */
    public static org.dangjiandesk.store.DatabaseConfig closedConfig(Path dataDir) {
        return gate(dataDir).closedDatabaseConfig(CLERK, PASSWORD.toCharArray());
    }
}
