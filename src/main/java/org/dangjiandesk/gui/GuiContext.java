package org.dangjiandesk.gui;

import org.dangjiandesk.gui.main.AppData;
import org.dangjiandesk.gui.util.DialogService;
import org.dangjiandesk.gui.util.TaskExecutor;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;

/** What every screen is given: the services, shared data, the one task executor and the dialog service. */
public record GuiContext(Services services, AppData data, TaskExecutor executor, DialogService dialogs) {

    public Messages messages() {
        return services.messages();
    }

    public ErrorTexts errors() {
        return new ErrorTexts(services.messages());
    }

    /**
     * Shows a failure of background work as a dialog in the user's language; one the services do not explain
     * ("an unexpected error … see the log file") is logged, scrubbed of personal data by the log's layout.
     */
    public void showFailure(Throwable t) {
        if (!ErrorTexts.isExpected(t)) {
            org.slf4j.LoggerFactory.getLogger(GuiContext.class).error("background work failed", t);
        }
        dialogs.showError(errors().describe(t));
    }
}
