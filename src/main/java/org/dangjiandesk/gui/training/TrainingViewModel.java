package org.dangjiandesk.gui.training;

import org.dangjiandesk.gui.GuiContext;

/**
 * The training module (教育培训): the sessions tab and the hours tab. Hours are read again whenever the hours tab
 * is shown, so attendance just recorded is counted.
 */
public final class TrainingViewModel {
    private final SessionsViewModel sessions;
    private final HoursViewModel hours;

    public TrainingViewModel(GuiContext ctx) {
        this.sessions = new SessionsViewModel(ctx);
        this.hours = new HoursViewModel(ctx);
    }

    /** Loads the sessions of the current year. */
    public void start() {
        sessions.newSession();
        sessions.reloadSessions();
    }

    public void hoursShown() {
        Integer year = sessions.yearProperty().get();
        if (year.equals(hours.yearProperty().get())) {
            hours.reload();
        } else {
            hours.yearProperty().set(year); // reloads
        }
    }

    public SessionsViewModel sessions() {
        return sessions;
    }

    public HoursViewModel hours() {
        return hours;
    }
}
