package org.dangjiandesk.gui.main;

import java.util.HashMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.dangjiandesk.gui.util.ViewLoader;

/** The shell: navigation on the left, the selected screen in the middle, the status bar at the bottom. */
public final class MainWindowView {
    @FXML private BorderPane root;
    @FXML private VBox navButtons;
    @FXML private Label streetLabel;
    @FXML private StackPane content;
    @FXML private Label statusMessage;
    @FXML private ProgressBar statusProgress;
    @FXML private Button statusCancel;
    @FXML private Label memberCount;

    private final MainWindowViewModel vm;
    private final Map<MainModule, Parent> built = new HashMap<>();
    private final ToggleGroup group = new ToggleGroup();

    public MainWindowView(MainWindowViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "MainWindow.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        for (MainModule m : vm.modules()) {
            ToggleButton b = new ToggleButton(vm.context().messages().get(m.titleKey()));
            b.setId(m.navId());
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(group);
            b.setUserData(m);
            navButtons.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one module is always selected
            } else {
                vm.selectedProperty().set((MainModule) now.getUserData());
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> show(now));
        root.addEventHandler(NavigateEvent.NAVIGATE, e -> select(e.navId()));
        streetLabel.textProperty().bind(vm.streetNameProperty());

        var executor = vm.context().executor();
        statusMessage.textProperty().bind(vm.statusText());
        statusProgress.progressProperty().bind(executor.progressProperty());
        statusProgress.visibleProperty().bind(executor.runningProperty());
        statusProgress.managedProperty().bind(executor.runningProperty());
        statusCancel.visibleProperty().bind(executor.runningProperty());
        statusCancel.managedProperty().bind(executor.runningProperty());
        statusCancel.setOnAction(e -> executor.cancelCurrent());
        memberCount.textProperty().bind(vm.memberCountText());
    }

    /**
     * Selects a module by its navigation id, as if its button was clicked; the first module when the role does not
     * see that one (the auditor has no roster).
     */
    public void select(String navId) {
        group.getToggles().stream()
                .filter(t -> ((MainModule) t.getUserData()).navId().equals(navId))
                .findFirst().or(() -> group.getToggles().stream().findFirst())
                .ifPresent(t -> t.setSelected(true));
    }

    private void show(MainModule m) {
        Parent screen = built.computeIfAbsent(m, k -> k.screen().get());
        content.getChildren().setAll(screen);
    }

    public BorderPane root() {
        return root;
    }
}
