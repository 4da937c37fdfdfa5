package org.dangjiandesk.gui.setup;

import org.dangjiandesk.gui.util.ProgressReporter;

/**
 * Fills an empty database with the demo street (演示街道). Runs off the FX thread and reports its progress;
 * the composition root supplies the real generator.
 */
@FunctionalInterface
public interface DemoLoader {
    void load(ProgressReporter progress) throws Exception;
}
