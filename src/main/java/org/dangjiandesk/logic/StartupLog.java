package org.dangjiandesk.logic;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes start-up milestones with the milliseconds since the JVM started, to see where start-up time goes. */
public final class StartupLog {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private StartupLog() {
    }

    public static void mark(String milestone) {
        LOG.info("startup {} ms: {}", ManagementFactory.getRuntimeMXBean().getUptime(), milestone);
    }
}
