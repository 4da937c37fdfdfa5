package org.dangjiandesk.logic;

import java.nio.file.Path;
import org.dangjiandesk.store.DatabaseConfig;

/** Opens the data of a data directory; implemented by the composition root. */
@FunctionalInterface
public interface ServicesOpener {
    ServicesSession open(Path dataDir);

    /**
     * How the database of a data directory is opened, for work on it while it is closed or cannot be opened
     * (verify, restore of a damaged file). The composition root overrides this when the file gets a key.
     */
    default DatabaseConfig databaseConfig(Path dataDir) {
        return DatabaseConfig.embedded(dataDir);
    }
}
