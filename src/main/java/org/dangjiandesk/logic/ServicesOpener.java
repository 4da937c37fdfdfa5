package org.dangjiandesk.logic;

import java.nio.file.Path;

/**
 * Opens the data: the embedded database of a data directory, or the shared PostgreSQL database at {@code dbUrl}
 * when that is not null. Implemented by the composition root.
 */
@FunctionalInterface
public interface ServicesOpener {
    ServicesSession open(Path dataDir, String dbUrl);
}
