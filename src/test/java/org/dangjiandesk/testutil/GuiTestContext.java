package org.dangjiandesk.testutil;

import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.main.AppData;
import org.dangjiandesk.gui.util.ImmediateTaskExecutor;
import org.dangjiandesk.logic.Services;

/** A {@link GuiContext} for TestFX tests: synchronous tasks (no sleeps needed) and recorded dialogs. */
public final class GuiTestContext {
    public final GuiContext ctx;
    public final RecordingDialogs dialogs = new RecordingDialogs();

    public GuiTestContext(Services services) {
        ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
        this.ctx = new GuiContext(services, new AppData(services, executor), executor, dialogs);
        executor.setDefaultFailureHandler(ctx::showFailure);
    }
}
