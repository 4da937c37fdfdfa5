package org.dangjiandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.dangjiandesk.logic.BrandServices;
import org.dangjiandesk.logic.ExcelServices;
import org.dangjiandesk.logic.backup.BackupService;
import org.dangjiandesk.logic.brand.AttachmentStore;
import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.logic.brand.EvaluationService;
import org.dangjiandesk.logic.excel.brand.BrandSheets;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.StartupLog;
import org.dangjiandesk.logic.StatsServices;
import org.dangjiandesk.logic.stats.PeriodService;
import org.dangjiandesk.logic.stats.StatsService;
import org.dangjiandesk.logic.excel.stats.StatsWorkbook;
import org.dangjiandesk.gui.stats.ChartPictures;
import org.dangjiandesk.logic.excel.roster.NameListService;
import org.dangjiandesk.logic.excel.roster.RosterExportService;
import org.dangjiandesk.logic.excel.roster.RosterImportService;
import org.dangjiandesk.logic.excel.roster.RosterTemplate;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgService;
import org.dangjiandesk.logic.rating.AssessmentService;
import org.dangjiandesk.logic.rating.PointsService;
import org.dangjiandesk.logic.rating.RatingOverview;
import org.dangjiandesk.logic.RatingServices;
import org.dangjiandesk.logic.excel.rating.RatingSheetExport;
import org.dangjiandesk.logic.rating.SchemeService;
import org.dangjiandesk.logic.roster.ChineseNames;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.logic.roster.RosterService;
import org.dangjiandesk.logic.sample.SampleStreetGenerator;
import org.dangjiandesk.logic.settings.SettingsService;
import org.dangjiandesk.logic.settings.SharedConnectionStore;
import org.dangjiandesk.logic.shared.SharedDatabaseService;
import org.dangjiandesk.logic.setup.SetupService;
import org.dangjiandesk.logic.summary.SummaryService;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.logic.TrainingServices;
import org.dangjiandesk.logic.excel.training.SignInImportService;
import org.dangjiandesk.logic.excel.training.TrainingSheets;
import org.dangjiandesk.logic.SecurityServices;
import org.dangjiandesk.logic.security.Access;
import org.dangjiandesk.logic.security.AuditLog;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.logic.security.FileKeys;
import org.dangjiandesk.logic.security.GuardedStore;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.logic.security.LoginService;
import org.dangjiandesk.logic.security.PasswordHasher;
import org.dangjiandesk.logic.security.PersonalDataAccess;
import org.dangjiandesk.logic.security.UserService;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Database;

/**
 * The composition root: the one place where the database and every service are built and wired, by hand, with
 * constructor injection (storage → services → UI or command line).
 */
public final class AppServices implements ServicesSession {
    /** The folder under the data folder that holds copies of attached files. */
    public static final String ATTACHMENTS_FOLDER = "attachments";

    private final Database database;
    private final Services services;

    private AppServices(Database database, Services services) {
        this.database = database;
        this.services = services;
    }

    /**
     * Wires services on an already open database for a user (tests use an in-memory one and a fixed clock).
     * Attached files go to a folder of their own under the system's temporary folder, created only when a file is
     * attached: for tests and tools without a data folder.
     */
    public static AppServices wire(Database database, Locale locale, Clock clock, Access access) {
        return wire(database, locale, clock, Path.of(System.getProperty("java.io.tmpdir"),
                "dangjiandesk-attachments-" + java.util.UUID.randomUUID()),
                new SessionUser(access, FileKeys.NONE, PasswordHasher.fastForTests()));
    }

    /** The logged-in user of a session, and how their account changes reach the keyring. */
    public record SessionUser(Access access, FileKeys keys, PasswordHasher hasher) {
    }

    /**
     * Wires services on an open database, with the folder attached files (photos, documents) are copied to. Record
     * services get the data through a {@link GuardedStore}: only a user allowed to edit records can write.
     */
    public static AppServices wire(Database database, Locale locale, Clock clock, Path attachmentsDir,
                                   SessionUser user) {
        DataStore records = new GuardedStore(database, user.access());
        AuditLog audit = new AuditLog(database, clock);
        AuditTrail trail = new AuditTrail(audit, user.access());
        Messages messages = Messages.forLocale(locale);
        SettingsService settings = new SettingsService(database);
        CodeLists codes = CodeLists.load(database);
        ChineseNames names = new ChineseNames(); // shared: it caches the reading of every character
        ExcelServices excel = new ExcelServices(
                new RosterImportService(records, codes, names, messages, clock, trail),
                new RosterExportService(records, codes, messages, trail),
                new NameListService(records, codes, messages, trail),
                new RosterTemplate(codes, messages));
        SchemeService schemes = new SchemeService(records, messages, trail);
        AssessmentService assessments = new AssessmentService(records, schemes, clock, trail);
        RatingServices rating = new RatingServices(schemes, assessments,
                new PointsService(records, trail), new RatingOverview(records, schemes),
                new RatingSheetExport(assessments, messages));
        BrandService brandProjects = new BrandService(records,
                new AttachmentStore(attachmentsDir, AttachmentStore.DEFAULT_MAX_BYTES), clock, trail);
        EvaluationService evaluations = new EvaluationService(records, brandProjects, clock, trail);
        BrandServices brand = new BrandServices(brandProjects, evaluations,
                new BrandSheets(brandProjects, evaluations, messages, clock));
        TrainingServices training = training(records, settings, messages, clock, trail);
        StatsService statsTables = new StatsService(records, codes, messages, rating.overview(), training.sessions(),
                brandProjects, clock);
        StatsServices stats = new StatsServices(statsTables, new PeriodService(
                new GuardedStore(database, user.access(), Permission.CLOSE_PERIODS), statsTables, messages, clock, trail),
                new StatsWorkbook(messages), new ChartPictures(messages));
        Services services = new Services(
                clock,
                messages,
                codes,
                new OrgService(records, clock, trail),
                new RosterService(records, names, clock, trail),
                settings,
                new SetupService(database, settings),
                new SampleStreetGenerator(database, names, clock),
                new SummaryService(records),
                excel,
                rating,
                training,
                brand,
                stats,
                security(database, audit, user, clock, settings),
                new SharedDatabaseService(database, SharedConnectionStore.forUser()),
                new BackupService(database, clock, trail));
        return new AppServices(database, services);
    }

    private static SecurityServices security(Database database, AuditLog audit, SessionUser user, Clock clock,
                                             SettingsService settings) {
        return new SecurityServices(user.access(), audit,
                new UserService(database, audit, user.access(), user.hasher(), user.keys(), clock),
                new LoginService(database, user.hasher(), clock),
                new PersonalDataAccess(user.access(), audit),
                settings.idleLockMinutes());
    }

    private static TrainingServices training(DataStore database, SettingsService settings, Messages messages,
                                             Clock clock, AuditTrail trail) {
        TrainingService sessions = new TrainingService(database, settings, clock, trail);
        return new TrainingServices(sessions, new SignInImportService(database), new TrainingSheets(sessions, messages));
    }

    @Override
    public Services services() {
        return services;
    }

    @Override
    public void close() {
        database.close();
    }
}
