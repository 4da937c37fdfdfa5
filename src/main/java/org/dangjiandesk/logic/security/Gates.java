package org.dangjiandesk.logic.security;

import java.nio.file.Path;

/** The way into a data folder ({@link SessionGate}); supplied by the composition root. */
@FunctionalInterface
public interface Gates {
    SessionGate forDataDir(Path dataDir);
}
