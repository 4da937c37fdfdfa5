package org.dangjiandesk.gui;

import java.util.List;
import org.dangjiandesk.gui.backup.BackupView;
import org.dangjiandesk.gui.backup.BackupViewModel;
import org.dangjiandesk.gui.brand.BrandView;
import org.dangjiandesk.gui.brand.BrandViewModel;
import org.dangjiandesk.gui.connection.ConnectionView;
import org.dangjiandesk.gui.connection.ConnectionViewModel;
import org.dangjiandesk.gui.main.MainModule;
import org.dangjiandesk.gui.org.OrgTreeView;
import org.dangjiandesk.gui.org.OrgTreeViewModel;
import org.dangjiandesk.gui.rating.RatingView;
import org.dangjiandesk.gui.rating.RatingViewModel;
import org.dangjiandesk.gui.roster.RosterView;
import org.dangjiandesk.gui.roster.RosterViewModel;
import org.dangjiandesk.gui.stats.StatsView;
import org.dangjiandesk.gui.stats.StatsViewModel;
import org.dangjiandesk.gui.training.TrainingView;
import org.dangjiandesk.gui.training.TrainingViewModel;
import org.dangjiandesk.gui.audit.AuditLogView;
import org.dangjiandesk.gui.audit.AuditLogViewModel;
import org.dangjiandesk.gui.users.UsersView;
import org.dangjiandesk.gui.users.UsersViewModel;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;

/** The modules the main window offers, in navigation order. Only built modules are listed. */
final class Screens {
    private Screens() {
    }

    /** The modules the logged-in user may use. The auditor sees only the audit log (等保: 审计员 edits nothing). */
    static List<MainModule> modules(GuiContext ctx) {
        Access access = ctx.services().security().access();
        boolean auditorOnly = access.user().role() == Role.AUDITOR;
        return all(ctx).stream()
                .filter(m -> m.requires() == null ? !auditorOnly : access.may(m.requires()))
                .toList();
    }

    private static List<MainModule> all(GuiContext ctx) {
        RosterViewModel roster = new RosterViewModel(ctx); // the statistics screen opens chart bars in it
        return List.of(
                new MainModule("navOrg", "nav.org", () -> new OrgTreeView(new OrgTreeViewModel(ctx)).load()),
                new MainModule("navRoster", "nav.roster", () -> new RosterView(roster).load()),
                new MainModule("navRating", "nav.rating", () -> new RatingView(new RatingViewModel(ctx)).load()),
                new MainModule("navTraining", "nav.training",
                        () -> new TrainingView(new TrainingViewModel(ctx)).load()),
                new MainModule("navBrand", "nav.brand", () -> new BrandView(new BrandViewModel(ctx)).load()),
                new MainModule("navStats", "nav.stats", () -> new StatsView(new StatsViewModel(ctx, roster::showOnly)).load()),
                new MainModule("navUsers", "nav.users", () -> new UsersView(new UsersViewModel(ctx)).load(),
                        Permission.MANAGE_USERS),
                new MainModule("navAudit", "nav.audit", () -> new AuditLogView(new AuditLogViewModel(ctx)).load(),
                        Permission.READ_AUDIT),
                new MainModule("navConnection", "nav.connection",
                        () -> new ConnectionView(new ConnectionViewModel(ctx), ctx.messages().bundle()).load(),
                        Permission.MANAGE_USERS),
                new MainModule("navBackup", "nav.backup",
                        () -> new BackupView(new BackupViewModel(ctx, javafx.application.Platform::exit)).load(),
                        Permission.BACKUP));
    }
}
