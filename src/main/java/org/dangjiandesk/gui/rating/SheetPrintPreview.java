package org.dangjiandesk.gui.rating;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.AssessmentSheet;
import org.dangjiandesk.logic.rating.SheetPagination;

/**
 * The 季度考评表 as it will print: A4 landscape pages at a fixed, legible scale, like the .xlsx. Each page
 * repeats the title, branch and quarter lines and the header row and says 第 N 页，共 M 页; the signature lines
 * close the last page. The preview window shows the pages one under the other, with 打印…. Without a printer
 * (e.g. under Xvfb) the preview still shows and 打印 says so.
 */
final class SheetPrintPreview {
    /** A4 landscape in points (1/72 inch): each page node is laid out at this size. */
    static final double PAGE_WIDTH = 842;
    static final double PAGE_HEIGHT = 595;
    /** Row heights on the page, so {@link SheetPagination}'s rows per page always fit. */
    static final double ROW_HEIGHT = 17;
    static final double BLANK_ROW_HEIGHT = 23;

    private final GuiContext ctx;

    SheetPrintPreview(GuiContext ctx) {
        this.ctx = ctx;
    }

    void show(Window owner, AssessmentSheet sheet) {
        List<VBox> pages = pages(sheet, ctx.messages());
        VBox desk = new VBox(12);
        desk.setId("printPages");
        desk.setAlignment(Pos.TOP_CENTER);
        desk.setPadding(new Insets(12));
        desk.setStyle("-fx-background-color: #9a9a9a;");
        desk.getChildren().addAll(pages);
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setId("printPreviewScroll");
        scroll.setFitToWidth(true);
        Label count = new Label(ctx.messages().get("rating.print.pageCount", pages.size()));
        count.setId("printPageCount");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button print = new Button(ctx.messages().get("rating.print.button"));
        print.setId("printButton");
        print.setDefaultButton(true);
        Button close = new Button(ctx.messages().get("common.close"));
        close.setCancelButton(true);
        HBox buttons = new HBox(8, count, gap, print, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8));
        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ctx.messages().get("rating.print.title"));
        stage.setScene(new Scene(root, PAGE_WIDTH + 60, PAGE_HEIGHT + 90));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        print.setOnAction(e -> print(stage, pages));
        close.setOnAction(e -> stage.close());
        stage.show();
    }

    private void print(Stage owner, List<VBox> pages) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            ctx.dialogs().showInfo(ctx.messages().get("rating.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.LANDSCAPE,
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        double scale = Math.min(layout.getPrintableWidth() / PAGE_WIDTH, layout.getPrintableHeight() / PAGE_HEIGHT);
        boolean ok = true;
        for (VBox page : pages) {
            Scale s = new Scale(scale, scale);
            page.getTransforms().add(s);
            ok = job.printPage(layout, page);
            page.getTransforms().remove(s);
            if (!ok) {
                break;
            }
        }
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
            ctx.dialogs().showError(ctx.messages().get("rating.print.failed"));
        }
    }

    /** The sheet laid out as A4 landscape pages, split by {@link SheetPagination}. */
    static List<VBox> pages(AssessmentSheet s, Messages m) {
        List<SheetPagination.Page> split = SheetPagination.split(s.rows().size(),
                SheetPagination.rowsPerPage(s.blank()));
        List<ColumnConstraints> columns = columns(s);
        List<VBox> pages = new ArrayList<>();
        for (SheetPagination.Page p : split) {
            pages.add(page(s, p, split.size(), columns, m));
        }
        return pages;
    }

    private static VBox page(AssessmentSheet s, SheetPagination.Page p, int pageCount,
                             List<ColumnConstraints> columns, Messages m) {
        Label title = new Label(s.title());
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox info = new HBox(new Label(s.orgLine()), gap, new Label(s.quarterLine()));
        GridPane table = new GridPane();
        table.getStyleClass().addAll("print-table", "print-table-page-" + p.number());
        table.setStyle("-fx-border-color: black; -fx-border-width: 0.5 0 0 0.5;");
        for (ColumnConstraints c : columns) {
            ColumnConstraints copy = new ColumnConstraints();
            copy.setPercentWidth(c.getPercentWidth());
            copy.setHalignment(HPos.CENTER);
            table.getColumnConstraints().add(copy);
        }
        List<String> headers = s.headers();
        for (int c = 0; c < headers.size(); c++) {
            table.add(cell(headers.get(c), true, -1), c, 0);
        }
        double rowHeight = s.blank() ? BLANK_ROW_HEIGHT : ROW_HEIGHT;
        for (int r = p.from(); r < p.to(); r++) {
            List<String> row = s.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                table.add(cell(row.get(c), false, rowHeight), c, r - p.from() + 1);
            }
        }
        Region fill = new Region();
        VBox.setVgrow(fill, Priority.ALWAYS);
        VBox page = new VBox(6, title, info, table, fill);
        if (p.number() == pageCount) {
            HBox signatures = new HBox(120);
            signatures.getStyleClass().add("print-signatures");
            signatures.setPadding(new Insets(8, 0, 0, 0));
            for (String line : s.signatures()) {
                signatures.getChildren().add(new Label(line));
            }
            page.getChildren().add(signatures);
        }
        Label footer = new Label(m.get("rating.print.pageOf", p.number(), pageCount));
        footer.getStyleClass().add("print-page-number");
        footer.setStyle("-fx-font-size: 10px;");
        footer.setMaxWidth(Double.MAX_VALUE);
        footer.setAlignment(Pos.CENTER);
        page.getChildren().add(footer);
        page.getStyleClass().add("print-page");
        page.setPadding(new Insets(22, 32, 16, 32));
        page.setMinSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setPrefSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setMaxSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setStyle("-fx-background-color: white; -fx-font-size: 11px;");
        return page;
    }

    /**
     * Column widths shared by all pages (so the columns line up from page to page), in proportion to the
     * longest text of each column, header included (headers wrap, so they count for less).
     */
    private static List<ColumnConstraints> columns(AssessmentSheet s) {
        int n = s.headers().size();
        double[] weight = new double[n];
        for (int c = 0; c < n; c++) {
            weight[c] = Math.max(3, Math.min(8, s.headers().get(c).length() / 2.0));
        }
        for (List<String> row : s.rows()) {
            for (int c = 0; c < Math.min(n, row.size()); c++) {
                weight[c] = Math.max(weight[c], Math.min(12, row.get(c).length() + 1));
            }
        }
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        List<ColumnConstraints> columns = new ArrayList<>();
        for (double w : weight) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100 * w / sum);
            columns.add(c);
        }
        return columns;
    }

    private static Label cell(String text, boolean header, double height) {
        Label l = new Label(text);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setWrapText(header);
        l.setAlignment(Pos.CENTER);
        if (height > 0) {
            l.setMinHeight(height);
            l.setPrefHeight(height);
            l.setMaxHeight(height);
        }
        GridPane.setHalignment(l, HPos.CENTER);
        GridPane.setHgrow(l, Priority.SOMETIMES);
        l.setStyle("-fx-border-color: black; -fx-border-width: 0 0.5 0.5 0; -fx-padding: 0 3 0 3;"
                + (header ? " -fx-font-weight: bold; -fx-background-color: #e8e8e8;" : ""));
        return l;
    }
}
