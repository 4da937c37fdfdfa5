package org.dangjiandesk.gui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.dangjiandesk.logic.ServicesSession;

/**
 * What the composition root hands to the JavaFX application before launch: the services, still being opened
 * on another thread (so the window can show at once), and the data folder for messages.
 */
public record GuiLaunch(CompletableFuture<ServicesSession> session, Path dataDir, boolean benchmark) {
}
