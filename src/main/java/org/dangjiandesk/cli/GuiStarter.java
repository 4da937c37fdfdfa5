package org.dangjiandesk.cli;

import java.nio.file.Path;

/** Starts the window when no command is given; supplied by the composition root. */
@FunctionalInterface
public interface GuiStarter {
    /** {@code dbUrl}: the shared database, or null for the data folder's own. */
    int start(Path dataDir, String dbUrl, boolean benchmark);
}
