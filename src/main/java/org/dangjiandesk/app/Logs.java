package org.dangjiandesk.app;

import java.nio.file.Path;
import org.dangjiandesk.logic.settings.DataDirectory;

/**
 * Points the log file at {@code <data dir>/logs} before the first logger is created. The logs hold no personal
 * data: code logs ids and counts, never names, ID numbers or phones.
 */
final class Logs {
    private Logs() {
    }

    static void configure(String[] args) {
        Path option = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                option = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data-dir=")) {
                option = Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        System.setProperty("dangjiandesk.logDir", DataDirectory.resolve(option).resolve("logs").toString());
    }
}
