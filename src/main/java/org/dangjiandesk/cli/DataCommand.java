package org.dangjiandesk.cli;

import java.io.PrintWriter;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.dangjiandesk.logic.KeyedException;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on the data folder: opens its database, runs, closes it. Problems the user can fix are
 * printed as one sentence from the bundle with exit code 1 (usage errors get picocli's 2).
 */
abstract class DataCommand implements Callable<Integer> {
    static final int USER_ERROR = 1;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        checkOptions();
        try (ServicesSession session = root().open()) {
            return run(session.services());
        } catch (UserError e) {
            err().println(e.getMessage());
            return USER_ERROR;
        } catch (StoreException | KeyedException | org.dangjiandesk.logic.security.DamagedDataException e) {
            err().println(new ErrorTexts(messages()).describe(e));
            return USER_ERROR;
        }
    }

    /** Checks option values before the data folder is opened; throw a ParameterException (exit 2) if wrong. */
    protected void checkOptions() {
    }

    /** The top command, with the shared options (--data-dir), however deep this command is nested. */
    protected RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    /** Does the work; returns the exit code. */
    protected abstract int run(Services services);

    /** Texts in the language of the help (the bundle picocli was given). */
    protected Messages messages() {
        ResourceBundle bundle = spec.resourceBundle();
        return Messages.forLocale(bundle == null ? Messages.CHINESE : bundle.getLocale());
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A problem the user can fix, already worded for them. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }
}
