package org.dangjiandesk.cli;

import java.nio.file.Path;

/** Starts the window when no command is given; supplied by the composition root. */
@FunctionalInterface
public interface GuiStarter {
    int start(Path dataDir, boolean benchmark);
}
