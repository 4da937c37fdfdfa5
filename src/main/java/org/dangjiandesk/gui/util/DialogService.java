package org.dangjiandesk.gui.util;

import java.util.Optional;

/**
 * All dialogs go through here, so view-models can be tested with a recording fake instead of real windows.
 * Texts passed in are already localised.
 */
public interface DialogService {
    void showError(String message);

    void showInfo(String message);

    /** True when the user confirmed. */
    boolean confirm(String message);

    /** Asks for one line of text; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);
}
