package org.dangjiandesk.gui.rating;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import org.dangjiandesk.gui.util.ViewLoader;

/** The star-rating module: tabs for the quarterly assessment, the overviews, the points ledger and the schemes. */
public final class RatingView {
    @FXML private Tab assessmentTab;
    @FXML private Tab overviewTab;
    @FXML private Tab pointsTab;
    @FXML private Tab schemeTab;

    private final RatingViewModel vm;

    public RatingView(RatingViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "Rating.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        assessmentTab.setContent(new AssessmentView(vm.assessment()).load());
        overviewTab.setContent(new RatingOverviewView(vm.overview()).load());
        pointsTab.setContent(new PointsView(vm.points()).load());
        schemeTab.setContent(new SchemeView(vm.schemes()).load());
        overviewTab.setOnSelectionChanged(e -> {
            if (overviewTab.isSelected()) {
                vm.overview().quarterTextProperty().set(vm.assessment().quarterTextProperty().get());
                vm.overview().refresh();
            }
        });
        pointsTab.setOnSelectionChanged(e -> {
            if (pointsTab.isSelected()) {
                vm.points().loadBranches();
            }
        });
        schemeTab.setOnSelectionChanged(e -> {
            if (schemeTab.isSelected()) {
                vm.schemes().refresh();
            }
        });
    }
}
