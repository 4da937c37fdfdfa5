package org.dangjiandesk.logic.security;

import java.nio.file.Path;

/** The way into the data ({@link SessionGate}); supplied by the composition root. */
@FunctionalInterface
public interface Gates {
    /** {@code dbUrl}: the shared database, or null for the data folder's embedded one. */
    SessionGate forData(Path dataDir, String dbUrl);
}
