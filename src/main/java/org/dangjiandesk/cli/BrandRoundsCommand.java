package org.dangjiandesk.cli;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.EvaluationRound;
import picocli.CommandLine.Command;

/** {@code brand rounds}: the evaluation rounds (展评) with their numbers, for the sheet commands. */
@Command(name = "rounds", mixinStandardHelpOptions = true)
public final class BrandRoundsCommand extends DataCommand {
    @Override
    protected int run(Services services) {
        for (EvaluationRound r : services.brand().evaluations().rounds()) {
            out().println(messages().get("cli.brand.roundLine", "" + r.id(), r.name(), r.projectIds().size(),
                    r.judges().size()));
        }
        return 0;
    }
}
