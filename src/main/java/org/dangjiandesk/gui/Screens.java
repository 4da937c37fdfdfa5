package org.dangjiandesk.gui;

import java.util.List;
import org.dangjiandesk.gui.backup.BackupView;
import org.dangjiandesk.gui.backup.BackupViewModel;
import org.dangjiandesk.gui.brand.BrandView;
import org.dangjiandesk.gui.brand.BrandViewModel;
import org.dangjiandesk.gui.main.MainModule;
import org.dangjiandesk.gui.org.OrgTreeView;
import org.dangjiandesk.gui.org.OrgTreeViewModel;
import org.dangjiandesk.gui.rating.RatingView;
import org.dangjiandesk.gui.rating.RatingViewModel;
import org.dangjiandesk.gui.roster.RosterView;
import org.dangjiandesk.gui.roster.RosterViewModel;
import org.dangjiandesk.gui.training.TrainingView;
import org.dangjiandesk.gui.training.TrainingViewModel;

/** The modules the main window offers, in navigation order. Only built modules are listed. */
final class Screens {
    private Screens() {
    }

    static List<MainModule> modules(GuiContext ctx) {
        return List.of(
                new MainModule("navOrg", "nav.org", () -> new OrgTreeView(new OrgTreeViewModel(ctx)).load()),
                new MainModule("navRoster", "nav.roster", () -> new RosterView(new RosterViewModel(ctx)).load()),
                new MainModule("navRating", "nav.rating", () -> new RatingView(new RatingViewModel(ctx)).load()),
                new MainModule("navTraining", "nav.training",
                        () -> new TrainingView(new TrainingViewModel(ctx)).load()),
                new MainModule("navBrand", "nav.brand", () -> new BrandView(new BrandViewModel(ctx)).load()),
                new MainModule("navBackup", "nav.backup",
                        () -> new BackupView(new BackupViewModel(ctx, javafx.application.Platform::exit)).load()));
    }
}
