package org.dangjiandesk.logic.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.dangjiandesk.logic.roster.ChineseNames;
import org.dangjiandesk.store.DataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with a fictitious street (枫岚街道, in the non-existent city 岚州) for demos, training
 * and load tests: one 党工委, 38 communities with grids, compounds and buildings, the street's offices and
 * 两新 organisations, branches and 党小组, and members with a plausible history. Everything is written in one
 * transaction, so a cancelled or failed run leaves the database empty. Same options, same street.
 */
public final class SampleStreetGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(SampleStreetGenerator.class);

    private final DataStore store;
    private final ChineseNames names;
    private final Clock clock;

    public SampleStreetGenerator(DataStore store, ChineseNames names, Clock clock) {
        this.store = store;
        this.names = names;
        this.clock = clock;
    }

    /** The demo street of the first-start dialog: 5,000 members, fixed seed, as of today. */
    public SampleResult loadDemoStreet(SampleProgress progress, BooleanSupplier cancelled) {
        return generate(SampleOptions.demo(LocalDate.now(clock)), progress, cancelled);
    }

    /**
     * Writes a sample street.
     *
     * @throws NotEmptyException when the database already holds organisations (nothing is written)
     * @throws SampleCancelledException when {@code cancelled} turned true (nothing is written)
     */
    public SampleResult generate(SampleOptions options, SampleProgress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        SampleResult result = store.write(r -> {
            if (!r.orgs().findAll().isEmpty()) {
                throw new NotEmptyException();
            }
            MemberBatch batch = new MemberBatch(r, names, progress, cancelled, options.members());
            SampleResult built = new StreetBuilder(r, options, batch).build(options.members());
            RatingSampler.fill(r, options);
            new TrainingSampler(r, options).fill(); // 教育培训: sessions and attendance of the reference year
            new BrandSampler(r, options).fill();
            return built;
        });
        LOG.info("sample street written: {} organisations, {} places, {} current and {} departed members, "
                + "{} events in {} ms", result.organisations(), result.places(), result.currentMembers(),
                result.departedMembers(), result.events(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
