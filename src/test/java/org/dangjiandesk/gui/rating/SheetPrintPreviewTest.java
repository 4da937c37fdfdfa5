package org.dangjiandesk.gui.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.AssessmentSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SheetPrintPreviewTest {
    private static final List<String> HEADERS = List.of("序号", "姓名", "政治学习（20）", "组织生活（20）",
            "志愿服务（20）", "作用发挥（20）", "遵规守纪（20）", "台账加减分", "总分", "星级", "备注");
    private static final List<String> SIGNATURES = List.of("支部书记：", "审核人：", "日期：");

    private final Messages messages = Messages.chinese();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static AssessmentSheet sheet(int members, boolean blank) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            rows.add(blank
                    ? List.of(String.valueOf(i), "党员" + i, "", "", "", "", "", "", "", "", "")
                    : List.of(String.valueOf(i), "党员" + i, "18", "17.5", "20", "19", "20", "+2", "96.5", "★★★★★", ""));
        }
        return new AssessmentSheet("2026年第3季度党员星级评定考评表", "党支部：第一党支部", "考评期：2026年第3季度",
                HEADERS, rows, SIGNATURES, blank);
    }

    /** Lays the pages out in a window as the preview does and returns them. */
    private List<VBox> shown(FxRobot robot, AssessmentSheet sheet) {
        List<VBox> pages = new ArrayList<>();
        robot.interact(() -> {
            pages.addAll(SheetPrintPreview.pages(sheet, messages));
            VBox desk = new VBox(12);
            desk.getChildren().addAll(pages);
            stage.setScene(new Scene(desk, 900, 700));
            stage.show();
            desk.applyCss();
            desk.layout();
        });
        return pages;
    }

    private static GridPane table(VBox page) {
        return (GridPane) page.getChildren().stream().filter(n -> n instanceof GridPane).findFirst().orElseThrow();
    }

    private static int memberRows(VBox page) {
        return (int) table(page).getChildren().stream().mapToInt(GridPane::getRowIndex).distinct().count() - 1;
    }

    private static Label footer(VBox page) {
        return (Label) page.getChildren().get(page.getChildren().size() - 1);
    }

    private static boolean hasSignatures(VBox page) {
        return page.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("print-signatures"));
    }

    @Test
    void pages_57Members_giveThreePagesWithHeaderTitleAndPageNumberOnEach(FxRobot robot) {
        List<VBox> pages = shown(robot, sheet(57, false));

        assertThat(pages).hasSize(3);
        assertThat(pages.stream().map(SheetPrintPreviewTest::memberRows)).containsExactly(25, 25, 7);
        for (int i = 0; i < 3; i++) {
            VBox page = pages.get(i);
            assertThat(((Label) page.getChildren().get(0)).getText()).isEqualTo("2026年第3季度党员星级评定考评表");
            assertThat(((HBox) page.getChildren().get(1)).getChildren().stream()
                    .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()))
                    .containsExactly("党支部：第一党支部", "考评期：2026年第3季度");
            assertThat(table(page).getChildren().stream().filter(n -> GridPane.getRowIndex(n) == 0)
                    .map(n -> ((Label) n).getText())).containsExactlyElementsOf(HEADERS);
            assertThat(footer(page).getText()).isEqualTo("第 " + (i + 1) + " 页，共 3 页");
        }
        assertThat(pages.stream().map(SheetPrintPreviewTest::hasSignatures)).containsExactly(false, false, true);
        Label secondPageFirstSerial = (Label) table(pages.get(1)).getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == 1 && GridPane.getColumnIndex(n) == 0).findFirst().orElseThrow();
        assertThat(secondPageFirstSerial.getText()).isEqualTo("26");
    }

    @Test
    void pages_fullPages_fitOnTheA4Page(FxRobot robot) {
        for (boolean blank : new boolean[] {false, true}) {
            List<VBox> pages = shown(robot, sheet(57, blank));
            for (VBox page : pages) {
                assertThat(page.getHeight()).isEqualTo(SheetPrintPreview.PAGE_HEIGHT);
                Node last = footer(page);
                assertThat(last.getBoundsInParent().getMaxY())
                        .as("footer of page %s (blank %s) inside the page", pages.indexOf(page) + 1, blank)
                        .isLessThanOrEqualTo(SheetPrintPreview.PAGE_HEIGHT);
                Node table = table(page);
                assertThat(table.getBoundsInParent().getMaxY()).isLessThan(last.getBoundsInParent().getMinY());
            }
        }
    }

    @Test
    void pages_blankSheet_usesTallerRowsOverFourPages(FxRobot robot) {
        List<VBox> pages = shown(robot, sheet(57, true));

        assertThat(pages.stream().map(SheetPrintPreviewTest::memberRows)).containsExactly(18, 18, 18, 3);
        assertThat(footer(pages.get(3)).getText()).isEqualTo("第 4 页，共 4 页");
        assertThat(hasSignatures(pages.get(3))).isTrue();
    }

    @Test
    void pages_noMembers_giveOnePageWithHeaderAndSignatures(FxRobot robot) {
        List<VBox> pages = shown(robot, sheet(0, false));

        assertThat(pages).hasSize(1);
        assertThat(memberRows(pages.get(0))).isZero();
        assertThat(hasSignatures(pages.get(0))).isTrue();
        assertThat(footer(pages.get(0)).getText()).isEqualTo("第 1 页，共 1 页");
    }
}
