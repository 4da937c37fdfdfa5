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

    /** Shows a failure of background work as a dialog in the user's language. */
    public void showFailure(Throwable t) {
        dialogs.showError(errors().describe(t));
    }
}
