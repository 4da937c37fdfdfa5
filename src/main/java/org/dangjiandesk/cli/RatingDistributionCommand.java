package org.dangjiandesk.cli;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.rating.StarDistribution;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.StarLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code rating distribution --quarter 2026Q3 [--json]}: members per star over the whole database. */
@Command(name = "distribution", mixinStandardHelpOptions = true)
public final class RatingDistributionCommand extends DataCommand {
    @Option(names = "--quarter", required = true, paramLabel = "YYYYQn", descriptionKey = "cli.rating.quarter")
    String quarterText;

    @Option(names = "--json", descriptionKey = "cli.rating.json")
    boolean json;

    private Quarter quarter;

    @Override
    protected void checkOptions() {
        try {
            quarter = Quarter.parse(quarterText);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), messages().get("rating.error.quarter", quarterText));
        }
    }

    @Override
    protected int run(Services services) {
        long start = System.nanoTime();
        StarDistribution d = services.rating().overview().total(quarter);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (json) {
            out().printf("{\"quarter\":\"%s\",\"five\":%d,\"four\":%d,\"three\":%d,\"two\":%d,\"one\":%d,"
                            + "\"notRated\":%d,\"ms\":%d}%n", quarter, d.count(StarLevel.FIVE), d.count(StarLevel.FOUR),
                    d.count(StarLevel.THREE), d.count(StarLevel.TWO), d.count(StarLevel.ONE), d.notRated(), ms);
        } else {
            out().println(messages().get("rating.overview.total", d.count(StarLevel.FIVE), d.count(StarLevel.FOUR),
                    d.count(StarLevel.THREE), d.count(StarLevel.TWO), d.count(StarLevel.ONE), d.notRated()));
        }
        return 0;
    }
}
