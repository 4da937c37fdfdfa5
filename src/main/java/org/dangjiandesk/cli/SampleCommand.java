package org.dangjiandesk.cli;

import java.time.LocalDate;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.sample.NotEmptyException;
import org.dangjiandesk.logic.sample.SampleOptions;
import org.dangjiandesk.logic.sample.SampleProgress;
import org.dangjiandesk.logic.sample.SampleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code sample [--members N] [--seed S] [--as-of DATE]}: fills an empty data folder with the fictitious street. */
@Command(name = "sample", mixinStandardHelpOptions = true)
public final class SampleCommand extends DataCommand {

    @Option(names = "--members", paramLabel = "N", descriptionKey = "cli.sample.members",
            defaultValue = "" + SampleOptions.DEFAULT_MEMBERS)
    int members;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.sample.seed",
            defaultValue = "" + SampleOptions.DEFAULT_SEED)
    long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.sample.asOf")
    LocalDate asOf;

    @Override
    protected void checkOptions() {
        if (members < 1 || members > SampleOptions.MAX_MEMBERS) {
            throw new ParameterException(spec.commandLine(),
                    messages().get("cli.sample.badMembers", SampleOptions.MAX_MEMBERS));
        }
    }

    @Override
    protected int run(Services services) {
        Messages messages = messages();
        LocalDate today = LocalDate.now(services.clock());
        if (asOf != null && asOf.isAfter(today)) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.sample.asOfInFuture"));
        }
        if (!services.setup().isEmpty()) {
            throw new UserError(messages.get("cli.sample.notEmpty", root().dataDir().toString()));
        }
        SampleOptions options = new SampleOptions(members, seed, asOf != null ? asOf : today);
        long start = System.nanoTime();
        SampleResult result;
        try {
            result = services.sample().generate(options, tenthsTo(messages), () -> false);
        } catch (NotEmptyException e) {
            throw new UserError(messages.get("cli.sample.notEmpty", root().dataDir().toString()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out().println(messages.get("cli.sample.done", result.streetName(), result.organisations(), result.places(),
                result.currentMembers(), result.departedMembers(), String.format("%.1f", seconds)));
        out().println(messages.get("cli.sample.fictitious"));
        return 0;
    }

    /** Prints a line at every tenth of the way, on the error stream so the output stays clean. */
    private SampleProgress tenthsTo(Messages messages) {
        long[] lastTenth = {0};
        return (done, total) -> {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth > lastTenth[0] && done < total) {
                lastTenth[0] = tenth;
                err().println(messages.get("cli.sample.progress", done, total));
                err().flush();
            }
        };
    }
}
