package org.dangjiandesk.gui.training;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.dangjiandesk.gui.util.ViewLoader;

/** The training module (教育培训): a tab of sessions and attendance, and a tab of hours against the norm. */
public final class TrainingView {
    @FXML private TabPane trainingScreen;
    @FXML private Tab sessionsTab;
    @FXML private Tab hoursTab;

    private final TrainingViewModel vm;

    public TrainingView(TrainingViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Training.fxml", vm.sessions().context().messages().bundle());
    }

    @FXML
    private void initialize() {
        sessionsTab.setContent(new SessionsView(vm.sessions()).load());
        hoursTab.setContent(new HoursView(vm.hours()).load());
        hoursTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.hoursShown();
            }
        });
        vm.start();
    }
}
