package org.dangjiandesk.gui;

import java.nio.file.Path;
import org.dangjiandesk.logic.security.Credentials;
import org.dangjiandesk.logic.security.SessionGate;

/**
 * What the composition root hands to the JavaFX application before launch: the way into the data folder and its
 * state (new, unprotected, protected), the data folder for messages, and for benchmark runs a login to use at
 * once ({@code autoLogin} is null otherwise).
 */
public record GuiLaunch(SessionGate gate, SessionGate.DataState state, Path dataDir, boolean benchmark,
                        Credentials autoLogin) {
}
