package org.dangjiandesk.logic;

import java.nio.file.Path;

/** Opens the data of a data directory; implemented by the composition root. */
@FunctionalInterface
public interface ServicesOpener {
    ServicesSession open(Path dataDir);
}
