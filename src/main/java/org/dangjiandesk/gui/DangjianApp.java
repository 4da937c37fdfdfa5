package org.dangjiandesk.gui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.dangjiandesk.gui.login.CreateAdminView;
import org.dangjiandesk.gui.login.CreateAdminViewModel;
import org.dangjiandesk.gui.login.IdleLock;
import org.dangjiandesk.gui.login.LockScreenView;
import org.dangjiandesk.gui.login.LockScreenViewModel;
import org.dangjiandesk.gui.login.LoginView;
import org.dangjiandesk.gui.login.LoginViewModel;
import org.dangjiandesk.gui.main.AppData;
import org.dangjiandesk.gui.main.MainWindowView;
import org.dangjiandesk.gui.main.MainWindowViewModel;
import org.dangjiandesk.gui.roster.RosterBenchmark;
import org.dangjiandesk.gui.setup.DemoLoader;
import org.dangjiandesk.gui.setup.FirstStartView;
import org.dangjiandesk.gui.setup.FirstStartViewModel;
import org.dangjiandesk.gui.util.Pulses;
import org.dangjiandesk.gui.util.RoleFilter;
import org.dangjiandesk.logic.StartupLog;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.FxDialogService;
import org.dangjiandesk.gui.util.FxTaskExecutor;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.backup.DataFolderRecovery;
import org.dangjiandesk.logic.security.SessionGate;
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

    private Stage stage;
    private ServicesSession session;
    private FxTaskExecutor executor;
    private GuiContext ctx;
    private IdleLock idleLock;

    /** Must be called before {@link Application#launch}. */
    public static void prepare(GuiLaunch gl) {
        launch = Objects.requireNonNull(gl);
    }

    /** What is read right after login, on the database thread: start state, and the first screen's data. */
    private record Opened(ServicesSession session, StartData data, CompletableFuture<FirstScreen> firstScreen) {
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Messages boot = Messages.chinese();
        stage.setTitle(boot.get("app.title"));
        executor = new FxTaskExecutor();
        executor.setDefaultFailureHandler(t -> LOG.error("background work failed before login", t));
        Parent first = launch.state() == SessionGate.DataState.PROTECTED
                ? loginScreen(boot) : new CreateAdminView(new CreateAdminViewModel(boot, executor, launch.gate(),
                        launch.state() == SessionGate.DataState.UNPROTECTED, this::loggedIn)).load();
        stage.setScene(Styles.styled(new Scene(first, 1280, 800)));
        stage.setOnCloseRequest(e -> {
            if (session == null) {
                Platform.exit();
            }
        });
        stage.show();
        StartupLog.mark("window shown");
        if (launch.benchmark()) {
            Pulses.afterNextLayout(stage.getScene(), () -> {
                RosterBenchmark.loginShown();
                if (autoSubmit != null) {
                    // a clerk types the password after the screen shows; the benchmark waits as long
                    javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(
                            javafx.util.Duration.millis(RosterBenchmark.TYPING_MS));
                    typing.setOnFinished(e -> autoSubmit.run());
                    typing.play();
                }
            });
        } else if (autoSubmit != null) {
            autoSubmit.run();
        }
    }

    /** The login the environment gives a benchmark run, submitted once the login screen shows; or null. */
    private Runnable autoSubmit;

    private Parent loginScreen(Messages boot) {
        LoginViewModel vm = new LoginViewModel(boot, executor, launch.gate(), this::loggedIn);
        vm.setOnDamaged(damaged -> offerRestore(boot, new DataFolderRecovery(damaged.config(),
                java.time.Clock.systemDefaultZone()), () -> {
                    vm.errorProperty().set(""); // the damage message no longer applies: log in to the restored copy
                    vm.passwordProperty().set("");
                }));
        Parent view = new LoginView(vm).load();
        if (launch.autoLogin() != null) {
            vm.loginNameProperty().set(launch.autoLogin().loginName());
            vm.passwordProperty().set(new String(launch.autoLogin().password()));
            autoSubmit = () -> {
                RosterBenchmark.loginSubmitted();
                vm.login();
            };
        }
        return view;
    }

    /**
     * After login: reads the start state on the database thread and, in parallel, the first screen (tree and
     * first roster page), while the FX thread builds the main window.
     */
    private void loggedIn(ServicesSession s) {
        StartupLog.mark("logged in");
        executor.execute(BackgroundTask.of(p -> {
            StartData data = StartData.read(s.services());
            CompletableFuture<FirstScreen> first = data.empty() ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> FirstScreen.read(s.services()));
            return new Opened(s, data, first);
        }).onSuccess(o -> opened(o.session(), o.data(), o.firstScreen())).onFailure(this::failStartup));
    }

    private void opened(ServicesSession s, StartData data, CompletableFuture<FirstScreen> firstScreen) {
        this.session = s;
        Services services = s.services();
        FxDialogService dialogs = new FxDialogService(services.messages(), () -> stage);
        RoleFilter.install(services.security().access());
        ctx = new GuiContext(services, new AppData(services, executor), executor, dialogs);
        executor.setDefaultFailureHandler(ctx::showFailure);
        stage.setTitle(services.messages().get("app.titleWithUser", services.security().access().user().displayName()));
        stage.setOnCloseRequest(e -> {
            e.consume();
            shutDown();
        });
        idleLock = new IdleLock(services.security().idleLockMinutes(), System::nanoTime, this::lockScreen);
        idleLock.install(stage.getScene());
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

    /** Covers the window with the lock screen until the user's password is given again. */
    private void lockScreen() {
        Parent covered = stage.getScene().getRoot();
        LockScreenViewModel vm = new LockScreenViewModel(ctx.messages(), executor, ctx.services().security().login(),
                ctx.services().security().access().user(),
                () -> {
                    stage.getScene().setRoot(covered);
                    idleLock.unlocked();
                },
                this::shutDown);
        stage.getScene().setRoot(new LockScreenView(vm).load());
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
        if (idleLock != null) {
            idleLock.stop();
        }
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
            session.services().security().audit().record(session.services().security().access().loginName(),
                    org.dangjiandesk.model.AuditAction.LOGOUT, "", "");
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
        String text = cause instanceof StoreException se && se.reason() == StoreException.Reason.IN_USE
                ? m.get("startup.inUse", launch.dataDir())
                : m.get("startup.cannotOpen", String.valueOf(cause.getMessage()), launch.dataDir());
        LOG.error("cannot open data", cause);
        Alert alert = new Alert(Alert.AlertType.ERROR, text, FxDialogService.ok(m));
        alert.setTitle(m.get("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
        Platform.exit();
    }

    /**
     * The database file is damaged: offer the latest verified backup. Restoring moves the damaged file aside (never
     * overwrites it) and opens the folder again; declining leaves everything as it is and quits.
     */
    private void offerRestore(Messages m, DataFolderRecovery recovery, Runnable restored) {
        CompletableFuture.supplyAsync(recovery::latestVerified).whenComplete((latest, error) ->
                Platform.runLater(() -> {
                    if (error != null || latest.isEmpty()) {
                        alert(Alert.AlertType.ERROR, m.get("startup.corrupt.noBackup", launch.dataDir(),
                                recovery.backupFolder()));
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
                    // restored on the database thread; then the login screen again (the user logs in to the copy)
                    CompletableFuture.runAsync(() -> {
                        var result = recovery.restore(b.file());
                        LOG.info("restored a backup; damaged file kept aside: {}", result.setAside().isPresent());
                    }).whenComplete((v, failed) -> Platform.runLater(() -> {
                        if (failed == null) {
                            restored.run();
                        }
                        alert(failed == null
                            ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, failed == null
                            ? m.get("startup.restored", b.created().format(java.time.format.DateTimeFormatter
                                    .ofPattern("yyyy-MM-dd HH:mm")), launch.dataDir().resolve("replaced"))
                            : m.get("startup.cannotOpen", String.valueOf(failed.getMessage()), launch.dataDir()));
                    }));
                }));
    }

    private void alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text, FxDialogService.ok(Messages.chinese()));
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
