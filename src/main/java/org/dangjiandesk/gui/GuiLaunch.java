package org.dangjiandesk.gui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.backup.DataFolderRecovery;

/**
 * What the composition root hands to the JavaFX application before launch: the services, still being opened
 * on another thread (so the window can show at once), the data folder for messages, and, for a database file
 * found damaged at start, the folder's recovery (latest verified backup) and a way to open it again after a restore.
 */
public record GuiLaunch(CompletableFuture<ServicesSession> session, Path dataDir, boolean benchmark,
                        DataFolderRecovery recovery, Supplier<ServicesSession> reopen) {
}
