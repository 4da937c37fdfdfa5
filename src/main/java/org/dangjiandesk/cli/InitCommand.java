package org.dangjiandesk.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.dangjiandesk.logic.KeyedException;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.SessionGate;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code init [--admin LOGIN [--display-name NAME]] [--street NAME [--code CODE]]}: creates the first administrator
 * of a new data folder (its password from {@code DANGJIANDESK_NEW_PASSWORD} or typed twice; an existing folder
 * without accounts is encrypted on the way), and/or starts an empty street with its 党工委, as the first-start
 * screens do.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--admin", paramLabel = "LOGIN", descriptionKey = "cli.init.admin")
    String admin;

    @Option(names = "--display-name", paramLabel = "NAME", descriptionKey = "cli.init.displayName")
    String displayName;

    @Option(names = "--street", paramLabel = "NAME", descriptionKey = "cli.init.street")
    String street;

    @Option(names = "--code", paramLabel = "CODE", descriptionKey = "cli.init.code")
    String code;

    @Override
    public Integer call() {
        Messages m = Messages.forLocale(spec.resourceBundle() == null ? Messages.CHINESE
                : spec.resourceBundle().getLocale());
        RootCommand root = (RootCommand) spec.root().userObject();
        try {
            if (code != null && !code.isBlank() && !code.strip().matches("\\d{12}")) {
                throw new DataCommand.UserError(m.get("cli.init.badCode"));
            }
            SessionGate gate = root.gate();
            boolean setUp = gate.state() == SessionGate.DataState.PROTECTED;
            if (!setUp && admin == null) {
                throw new DataCommand.UserError(m.get("cli.init.needAdmin"));
            }
            if (setUp && admin != null) {
                throw new DataCommand.UserError(m.get("security.login.ALREADY_SET_UP"));
            }
            if (admin == null && street == null) {
                throw new DataCommand.UserError(m.get("cli.init.nothing"));
            }
            try (ServicesSession session = setUp ? root.open() : createAdmin(root, gate, m)) {
                if (street != null) {
                    createStreet(session.services(), m, root);
                }
            }
            return 0;
        } catch (DataCommand.UserError e) {
            spec.commandLine().getErr().println(e.getMessage());
            return DataCommand.USER_ERROR;
        } catch (StoreException | KeyedException e) {
            spec.commandLine().getErr().println(new ErrorTexts(m).describe(e));
            return DataCommand.USER_ERROR;
        }
    }

    private ServicesSession createAdmin(RootCommand root, SessionGate gate, Messages m) {
        char[] pw = root.credentials().newPassword(admin);
        try {
            ServicesSession s = gate.createAdministrator(admin, displayName == null ? admin : displayName, pw);
            spec.commandLine().getOut().println(m.get(root.dbUrl() == null ? "cli.init.adminDone"
                    : "cli.init.adminDoneShared", admin.strip()));
            return s;
        } finally {
            Arrays.fill(pw, ' ');
        }
    }

    private void createStreet(Services services, Messages m, RootCommand root) {
        if (!services.setup().isEmpty()) {
            throw new DataCommand.UserError(m.get("cli.sample.notEmpty", root.dataDir().toString()));
        }
        OrgUnit unit = services.setup().createEmptyStreet(street, code);
        spec.commandLine().getOut().println(m.get("cli.init.done", unit.fullName()));
    }
}
