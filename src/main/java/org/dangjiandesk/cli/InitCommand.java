package org.dangjiandesk.cli;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.OrgUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code init --street NAME [--code CODE]}: starts an empty data folder with the street's 党工委, as the first-start screen does. */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand extends DataCommand {
    @Option(names = "--street", required = true, paramLabel = "NAME", descriptionKey = "cli.init.street")
    String street;

    @Option(names = "--code", paramLabel = "CODE", descriptionKey = "cli.init.code")
    String code;

    @Override
    protected int run(Services services) {
        if (!services.setup().isEmpty()) {
            throw new UserError(messages().get("cli.sample.notEmpty", root().dataDir().toString()));
        }
        if (code != null && !code.isBlank() && !code.strip().matches("\\d{12}")) {
            throw new UserError(messages().get("cli.init.badCode"));
        }
        OrgUnit root = services.setup().createEmptyStreet(street, code);
        out().println(messages().get("cli.init.done", root.fullName()));
        return 0;
    }
}
