package org.dangjiandesk.gui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dangjiandesk.gui.main.MainModule;
import org.dangjiandesk.gui.main.MainWindowView;
import org.dangjiandesk.gui.main.MainWindowViewModel;
import org.dangjiandesk.gui.roster.RosterView;
import org.dangjiandesk.gui.roster.RosterViewModel;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.stats.Check;
import org.dangjiandesk.logic.stats.MissingFields;
import org.dangjiandesk.logic.stats.StatsStreet;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The statistics screen inside the main window, next to the roster it opens chart bars in. */
@ExtendWith(ApplicationExtension.class)
class StatsViewTest {
    private TestServices ts;
    private GuiTestContext gui;
    private StatsStreet street;
    private MainWindowView main;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        street = new StatsStreet(ts.services());
        gui = new GuiTestContext(ts.services());
        RosterViewModel roster = new RosterViewModel(gui.ctx);
        MainWindowViewModel vm = new MainWindowViewModel(gui.ctx, List.of(
                new MainModule("navRoster", "nav.roster", () -> new RosterView(roster).load()),
                new MainModule("navStats", "nav.stats",
                        () -> new StatsView(new StatsViewModel(gui.ctx, roster::showOnly)).load())));
        main = new MainWindowView(vm);
        stage.setScene(Styles.styled(new Scene(main.load(), 1200, 780)));
        stage.show();
        gui.ctx.data().loadAll(() -> main.select("navStats"));
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void clickingABar_opensItsMembersInTheRoster(FxRobot robot) {
        DatePicker day = robot.lookup("#statsDay").queryAs(DatePicker.class);
        robot.interact(() -> day.setValue(LocalDate.of(2026, 9, 30)));
        assertThat(robot.lookup("#statsSummary").queryLabeled().getText()).isEqualTo("幸福街道，截至 2026-09-30：统计党员 10 名");
        ChartViewer ages = robot.lookup("#chart_AGE_BAND").queryAs(ChartViewer.class);
        assertThat(robot.lookup("#chart_BRAND").tryQuery()).isPresent();

        robot.clickOn(screenPointOfBar(ages, "61岁及以上"));

        TableView<RosterEntry> table = robot.lookup("#rosterTable").queryTableView();
        assertThat(table.getItems()).extracting(RosterEntry::name).containsExactlyInAnyOrder("林四", "林五", "林六");
        assertThat(robot.lookup("#resultCount").queryLabeled().getText())
                .isEqualTo("统计图选出：幸福街道 · 年龄结构 · 61岁及以上，共 3 人（清除筛选可恢复全部）");
    }

    @Test
    void preflightAndClose_showTheChecksInChinese_andTheMembersToFix(FxRobot robot) {
        TabPane tabs = robot.lookup("#statsTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.doubleClickOn("#periodField").eraseText(10).write("2026Q3");
        robot.clickOn("#preflightButton");

        ListView<Check> checks = robot.lookup("#checkList").queryListView();
        assertThat(checks.getItems()).extracting(Check::text)
                .contains("期初 11 + 增加 2 − 减少 3 = 期末 10，各行均平衡。", "停止党籍：1 人，均已列入名单。");
        TableView<MissingFields> missing = robot.lookup("#missingTable").queryTableView();
        assertThat(missing.getItems()).extracting(MissingFields::name).containsExactly("林十二");

        robot.clickOn("#closePeriodButton");
        assertThat(gui.dialogs.infos).contains("统计期 2026Q3 已结转。");
        assertThat(robot.lookup("#closedPeriodsLabel").queryLabeled().getText()).isEqualTo("已结转：2026Q3");
        assertThat(gui.ctx.services().stats().periods().isClosed(
                org.dangjiandesk.model.StatPeriod.parse("2026Q3"))).isTrue();
    }

    /** Where on screen the bar of a category is drawn, from the chart's own rendering info. */
    private static Point2D screenPointOfBar(ChartViewer viewer, String category) {
        for (Object o : viewer.getRenderingInfo().getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof CategoryItemEntity item && category.equals(item.getColumnKey())) {
                Rectangle2D r = e.getArea().getBounds2D();
                return viewer.getCanvas().localToScreen(r.getCenterX(), r.getCenterY());
            }
        }
        throw new AssertionError("no bar " + category);
    }
}
