package org.dangjiandesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.dangjiandesk.logic.setup.SetupService;
import org.dangjiandesk.logic.summary.SummaryService;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.logic.TrainingServices;
import org.dangjiandesk.logic.excel.training.SignInImportService;
import org.dangjiandesk.logic.excel.training.TrainingSheets;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;

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

    /** Opens (creating and migrating if needed) the embedded database in a data directory. */
    public static AppServices open(Path dataDir, Locale locale) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder", e);
        }
        Database db = Database.open(DatabaseConfig.embedded(dataDir));
        StartupLog.mark("database open and current");
        AppServices wired = wire(db, locale, Clock.systemDefaultZone(), dataDir.resolve(ATTACHMENTS_FOLDER));
        StartupLog.mark("services wired");
        return wired;
    }

    /**
     * Wires services on an already open database (tests use an in-memory one and a fixed clock). Attached files go
     * to a folder of their own under the system's temporary folder, created only when a file is attached: for
     * tests and tools without a data folder.
     */
    public static AppServices wire(Database database, Locale locale, Clock clock) {
        return wire(database, locale, clock, Path.of(System.getProperty("java.io.tmpdir"),
                "dangjiandesk-attachments-" + java.util.UUID.randomUUID()));
    }

    /** Wires services on an open database, with the folder attached files (photos, documents) are copied to. */
    public static AppServices wire(Database database, Locale locale, Clock clock, Path attachmentsDir) {
        Messages messages = Messages.forLocale(locale);
        SettingsService settings = new SettingsService(database);
        CodeLists codes = CodeLists.load(database);
        ChineseNames names = new ChineseNames(); // shared: it caches the reading of every character
        ExcelServices excel = new ExcelServices(
                new RosterImportService(database, codes, names, messages, clock),
                new RosterExportService(database, codes, messages),
                new NameListService(database, codes, messages),
                new RosterTemplate(codes, messages));
        SchemeService schemes = new SchemeService(database, messages);
        AssessmentService assessments = new AssessmentService(database, schemes, clock);
        RatingServices rating = new RatingServices(schemes, assessments,
                new PointsService(database), new RatingOverview(database, schemes),
                new RatingSheetExport(assessments, messages));
        BrandService brandProjects = new BrandService(database,
                new AttachmentStore(attachmentsDir, AttachmentStore.DEFAULT_MAX_BYTES), clock);
        EvaluationService evaluations = new EvaluationService(database, brandProjects, clock);
        BrandServices brand = new BrandServices(brandProjects, evaluations,
                new BrandSheets(brandProjects, evaluations, messages, clock));
        Services services = new Services(
                clock,
                messages,
                codes,
                new OrgService(database, clock),
                new RosterService(database, names, clock),
                settings,
                new SetupService(database, settings),
                new SampleStreetGenerator(database, names, clock),
                new SummaryService(database),
                excel,
                rating,
                training(database, settings, messages, clock),
                brand,
                new BackupService(database, clock));
        return new AppServices(database, services);
    }

    private static TrainingServices training(Database database, SettingsService settings, Messages messages,
                                             Clock clock) {
        TrainingService sessions = new TrainingService(database, settings, clock);
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
