package org.dangjiandesk.gui.rating;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.MemberStars;
import org.dangjiandesk.logic.rating.RatingOverview;
import org.dangjiandesk.logic.rating.Scores;
import org.dangjiandesk.logic.rating.StarDistribution;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.StarLevel;

/** The overview tab: distribution table, members below three stars, and a branch's year. */
public final class RatingOverviewView {
    @FXML private TextField overviewQuarter;
    @FXML private CheckBox overviewByCommunity;
    @FXML private Button overviewRefresh;
    @FXML private Label overviewTotal;
    @FXML private TableView<StarDistribution> distributionTable;
    @FXML private TableView<RatingOverview.LowRated> belowTable;
    @FXML private ComboBox<BranchOption> yearBranch;
    @FXML private TableView<MemberStars> yearTable;
    @FXML private ComboBox<AppraisalGrade> gradeChoice;
    @FXML private Button gradeSet;

    private final RatingOverviewViewModel vm;

    public RatingOverviewView(RatingOverviewViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "RatingOverview.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        Messages m = vm.context().messages();
        overviewQuarter.textProperty().bindBidirectional(vm.quarterTextProperty());
        overviewQuarter.setOnAction(e -> vm.refresh());
        overviewByCommunity.selectedProperty().bindBidirectional(vm.byCommunityProperty());
        overviewRefresh.setOnAction(e -> vm.refresh());
        overviewTotal.textProperty().bind(vm.totalTextProperty());

        distributionTable.setItems(vm.distribution());
        distributionTable.getColumns().add(column(m.get("rating.overview.col.org"), 260, StarDistribution::name));
        for (int s = 5; s >= 1; s--) {
            StarLevel star = StarLevel.ofStars(s);
            distributionTable.getColumns().add(column(m.label(star), 70, d -> String.valueOf(d.count(star))));
        }
        distributionTable.getColumns().add(column(m.get("rating.overview.col.notRated"), 70,
                d -> String.valueOf(d.notRated())));

        belowTable.setItems(vm.below());
        belowTable.getColumns().add(column(m.get("rating.sheet.col.name"), 90, RatingOverview.LowRated::name));
        belowTable.getColumns().add(column(m.get("rating.overview.col.org"), 220, RatingOverview.LowRated::orgName));
        belowTable.getColumns().add(column(m.get("rating.sheet.col.total"), 60, l -> Scores.format(l.total())));
        belowTable.getColumns().add(column(m.get("rating.sheet.col.star"), 90, l -> l.star().symbols()));

        yearBranch.setItems(vm.branches());
        yearBranch.valueProperty().bindBidirectional(vm.yearBranchProperty());
        yearTable.setItems(vm.year());
        yearTable.setPlaceholder(new Label(m.get("rating.overview.pickBranch")));
        distributionTable.setPlaceholder(new Label(m.get("rating.overview.empty")));
        belowTable.setPlaceholder(new Label(m.get("rating.overview.noneBelow")));
        yearTable.getColumns().add(column(m.get("rating.sheet.col.name"), 90, MemberStars::name));
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            yearTable.getColumns().add(column(m.get("rating.overview.col.quarter", q), 90,
                    ms -> vm.stars(ms, quarter)));
        }
        yearTable.getColumns().add(column(m.get("rating.overview.col.grade"), 80,
                ms -> ms.annual().grade() == null ? "" : m.label(ms.annual().grade())));
        yearTable.getColumns().add(column(m.get("rating.overview.col.annual"), 90,
                ms -> ms.annual().star() == null ? "" : ms.annual().star().symbols()));
        gradeChoice.getItems().setAll(AppraisalGrade.values());
        gradeChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AppraisalGrade g) {
                return g == null ? "" : m.label(g);
            }

            @Override
            public AppraisalGrade fromString(String s) {
                return null;
            }
        });
        gradeSet.disableProperty().bind(yearTable.getSelectionModel().selectedItemProperty().isNull()
                .or(gradeChoice.valueProperty().isNull()));
        gradeSet.setOnAction(e -> vm.setGrade(yearTable.getSelectionModel().getSelectedItem(), gradeChoice.getValue()));
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }
}
