package org.dangjiandesk.gui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.dangjiandesk.gui.main.AppData;
import org.dangjiandesk.gui.main.MainWindowView;
import org.dangjiandesk.gui.main.MainWindowViewModel;
import org.dangjiandesk.gui.roster.RosterBenchmark;
import org.dangjiandesk.gui.setup.DemoLoader;
import org.dangjiandesk.gui.setup.FirstStartView;
import org.dangjiandesk.gui.setup.FirstStartViewModel;
import org.dangjiandesk.gui.util.Pulses;
import org.dangjiandesk.logic.StartupLog;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.FxDialogService;
import org.dangjiandesk.gui.util.FxTaskExecutor;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.settings.SettingsService.WindowGeometry;
import org.dangjiandesk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The composition root hands it a {@link GuiLaunch} before launch; the window shows at
 * once and fills when the database is open. The FX thread never waits on the database.
 */
public final class DangjianApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DangjianApp.class);
    private static volatile GuiLaunch launch;
    private static volatile CompletableFuture<Opened> opening;
    private static volatile CompletableFuture<FirstScreen> firstScreen;

    private Stage stage;
    private ServicesSession session;
    private FxTaskExecutor executor;
    private GuiContext ctx;

    /** Must be called before {@link Application#launch}. */
    public static void prepare(GuiLaunch gl) {
        launch = Objects.requireNonNull(gl);
        startOpening(gl.session());
    }

    /** Reads what the first screen shows as soon as the database is open, while JavaFX is still starting. */
    private static void startOpening(CompletableFuture<ServicesSession> session) {
        opening = session.thenApply(s -> new Opened(s, StartData.read(s.services())));
        firstScreen = opening.thenApply(o -> o.data().empty() ? null : FirstScreen.read(o.session().services()));
    }

    private record Opened(ServicesSession session, StartData data) {
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Messages boot = Messages.chinese();
        stage.setTitle(boot.get("app.title"));
        StackPane splash = new StackPane(new Label(boot.get("status.openingDatabase")));
        stage.setScene(Styles.styled(new Scene(splash, 1280, 800)));
        stage.show();
        StartupLog.mark("window shown");
        awaitOpening();
    }

    private void awaitOpening() {
        opening.whenComplete((o, error) -> Platform.runLater(() -> {
            if (error != null) {
                failStartup(error);
            } else {
                opened(o.session(), o.data());
            }
        }));
    }

    private void opened(ServicesSession s, StartData data) {
        this.session = s;
        Services services = s.services();
        executor = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(services.messages(), () -> stage);
        ctx = new GuiContext(services, new AppData(services, executor), executor, dialogs);
        executor.setDefaultFailureHandler(ctx::showFailure);
        stage.setTitle(services.messages().get("app.title"));
        stage.setOnCloseRequest(e -> {
            e.consume();
            shutDown();
        });
        if (data.empty()) {
            showFirstStart();
        } else {
            backUpIfDue();
            MainWindowView main = showMain(data);
            firstScreen.whenComplete((first, error) -> Platform.runLater(() -> {
                if (error != null) {
                    failStartup(error);
                } else {
                    fill(main, first);
                }
            }));
        }
    }

    /** The first automatic backup of the day, in the background; a failure (USB drive gone) is shown. */
    private void backUpIfDue() {
        if (ctx.services().backup().available()) {
            executor.execute(BackgroundTask.of(p -> ctx.services().backup().backupIfDue()));
        }
    }

    /** An empty data folder: the user loads the demo street or creates an empty one, then the main window opens. */
    private void showFirstStart() {
        String loading = ctx.messages().get("setup.demo.loading");
        DemoLoader demo = p -> ctx.services().sample()
                .loadDemoStreet((done, total) -> p.update(done, total, loading), p::isCancelled);
        FirstStartViewModel vm = new FirstStartViewModel(ctx, demo,
                () -> executor.execute(BackgroundTask.of(p -> StartData.read(ctx.services()))
                        .onSuccess(data -> {
                            MainWindowView main = showMain(data);
                            executor.execute(BackgroundTask.of(p -> FirstScreen.read(ctx.services()))
                                    .onSuccess(first -> fill(main, first)));
                        })));
        stage.getScene().setRoot(new FirstStartView(vm).load());
    }

    /**
     * Builds the main window on the (still empty) roster while the first page is being read: building and styling
     * the screens for the first time is the slowest part of start-up, and it needs no data.
     */
    private MainWindowView showMain(StartData data) {
        MainWindowViewModel vm = new MainWindowViewModel(ctx, Screens.modules(ctx));
        vm.streetNameProperty().set(data.streetName());
        MainWindowView view = new MainWindowView(vm);
        Parent root = view.load();
        applyGeometry(data.geometry());
        stage.getScene().setRoot(root);
        view.select("navRoster");
        StartupLog.mark("main window with the roster built");
        return view;
    }

    /**
     * Shows the tree and the roster's first page, and reads the rest of the roster only once those rows are on
     * screen, so the reading does not compete with the first layout for the processor.
     */
    private void fill(MainWindowView main, FirstScreen first) {
        ctx.data().showFirstPage(first.tree(), first.firstPage());
        StartupLog.mark("roster's first page in");
        Pulses.afterNextLayout(stage.getScene(), () -> {
            StartupLog.mark("roster's first rows on screen");
            if (launch.benchmark()) {
                RosterBenchmark.firstRowsShown();
            }
            ctx.data().loadRest(() -> {
                StartupLog.mark("whole roster loaded");
                if (launch.benchmark()) {
                    RosterBenchmark.start(stage.getScene(), this::shutDown);
                }
            });
        });
    }

    private void applyGeometry(WindowGeometry g) {
        // never larger than the screen: the default 1280×800 does not fit a 1366×768 laptop
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(g.width(), screen.getWidth()));
        stage.setHeight(Math.min(g.height(), screen.getHeight()));
        if (g.x().isPresent() && g.y().isPresent()) {
            double x = g.x().getAsDouble();
            double y = g.y().getAsDouble();
            // only where a screen still is (a second monitor may be gone)
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 40)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        // a size that did not fit (a first start on a small laptop screen) opens maximised instead
        stage.setMaximized(g.maximized() || g.width() > screen.getWidth() || g.height() > screen.getHeight());
    }

    private void shutDown() {
        double x = stage.getX();
        double y = stage.getY();
        double w = stage.getWidth();
        double h = stage.getHeight();
        boolean max = stage.isMaximized();
        stage.hide();
        executor.execute(BackgroundTask.of(p -> {
            if (!max) {
                session.services().settings().saveWindowGeometry(x, y, w, h, false);
            } else {
                session.services().settings().put(org.dangjiandesk.logic.settings.SettingKey.WINDOW_MAXIMIZED, "true");
            }
            backUpOnExit();
            session.close();
            return null;
        }).onSuccess(v -> Platform.exit()).onFailure(t -> {
            LOG.error("error while closing", t);
            Platform.exit();
        }));
    }

    /** The automatic backup on exit; a failure is logged and does not keep the app from closing. */
    private void backUpOnExit() {
        try {
            if (session.services().backup().available() && !StartData.read(session.services()).empty()) {
                session.services().backup().backup(org.dangjiandesk.logic.backup.BackupKind.EXIT);
            }
        } catch (RuntimeException e) {
            LOG.error("backup on exit failed", e);
        }
    }

    private void failStartup(Throwable error) {
        Messages m = Messages.chinese();
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        if (cause instanceof StoreException se && se.reason() == StoreException.Reason.CORRUPT) {
            LOG.error("damaged database file", cause);
            offerRestore(m);
            return;
        }
        String text = cause instanceof StoreException se && se.reason() == StoreException.Reason.IN_USE
                ? m.get("startup.inUse", launch.dataDir())
                : m.get("startup.cannotOpen", String.valueOf(cause.getMessage()), launch.dataDir());
        LOG.error("cannot open data", cause);
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setTitle(m.get("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
        Platform.exit();
    }

    /**
     * The database file is damaged: offer the latest verified backup. Restoring moves the damaged file aside (never
     * overwrites it) and opens the folder again; declining leaves everything as it is and quits.
     */
    private void offerRestore(Messages m) {
        CompletableFuture.supplyAsync(() -> launch.recovery().latestVerified()).whenComplete((latest, error) ->
                Platform.runLater(() -> {
                    if (error != null || latest.isEmpty()) {
                        alert(Alert.AlertType.ERROR, m.get("startup.corrupt.noBackup", launch.dataDir(),
                                launch.recovery().backupFolder()));
                        Platform.exit();
                        return;
                    }
                    var b = latest.get();
                    javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType(
                            m.get("startup.corrupt.restore"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
                    javafx.scene.control.ButtonType quit = new javafx.scene.control.ButtonType(
                            m.get("startup.corrupt.quit"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
                    Alert ask = new Alert(Alert.AlertType.WARNING, m.get("startup.corrupt", launch.dataDir(),
                            b.created().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                            b.totalRows()), restore, quit);
                    ask.setTitle(m.get("app.title"));
                    ask.setHeaderText(null);
                    if (ask.showAndWait().orElse(quit) != restore) {
                        Platform.exit();
                        return;
                    }
                    CompletableFuture<ServicesSession> reopened = CompletableFuture.supplyAsync(() -> {
                        var result = launch.recovery().restore(b.file());
                        LOG.info("restored {}; damaged file kept at {}", b.file(), result.setAside().orElse(null));
                        return launch.reopen().get();
                    });
                    startOpening(reopened);
                    reopened.thenAccept(s -> Platform.runLater(() -> alert(Alert.AlertType.INFORMATION,
                            m.get("startup.restored", b.created().format(java.time.format.DateTimeFormatter
                                    .ofPattern("yyyy-MM-dd HH:mm")), launch.dataDir().resolve("replaced")))));
                    awaitOpening();
                }));
    }

    private void alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.setTitle(Messages.chinese().get("app.title"));
        alert.setHeaderText(null);
        alert.initOwner(stage);
        alert.showAndWait();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}
