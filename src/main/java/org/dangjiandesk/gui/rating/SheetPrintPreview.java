package org.dangjiandesk.gui.rating;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
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
import org.dangjiandesk.logic.rating.AssessmentSheet;

/**
 * The 季度考评表 as it will print (A4 landscape), in a preview window with 打印…: JavaFX printing scales the page
 * to the printable width. Without a printer (e.g. under Xvfb) the preview still shows and 打印 says so.
 */
final class SheetPrintPreview {
    /** A4 landscape in points (1/72 inch): the page node is laid out at this size. */
    static final double PAGE_WIDTH = 842;
    static final double PAGE_HEIGHT = 595;

    private final GuiContext ctx;

    SheetPrintPreview(GuiContext ctx) {
        this.ctx = ctx;
    }

    void show(Window owner, AssessmentSheet sheet) {
        Node page = page(sheet);
        StackPaper paper = new StackPaper(page);
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("printPreviewScroll");
        scroll.setFitToWidth(true);
        Button print = new Button(ctx.messages().get("rating.print.button"));
        print.setId("printButton");
        print.setDefaultButton(true);
        Button close = new Button(ctx.messages().get("common.close"));
        close.setCancelButton(true);
        HBox buttons = new HBox(8, print, close);
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
        print.setOnAction(e -> print(stage, page));
        close.setOnAction(e -> stage.close());
        stage.show();
    }

    private void print(Stage owner, Node page) {
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
        Scale s = new Scale(scale, scale);
        page.getTransforms().add(s);
        boolean ok = job.printPage(layout, page);
        page.getTransforms().remove(s);
        if (ok) {
            job.endJob();
        } else {
            ctx.dialogs().showError(ctx.messages().get("rating.print.failed"));
        }
    }

    /** The sheet laid out as one A4 landscape page: title, branch and quarter, the table, signature lines. */
    static VBox page(AssessmentSheet s) {
        Label title = new Label(s.title());
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox info = new HBox(new Label(s.orgLine()), gap, new Label(s.quarterLine()));
        GridPane table = new GridPane();
        table.setId("printTable");
        table.getStyleClass().add("print-table");
        List<String> headers = s.headers();
        for (int c = 0; c < headers.size(); c++) {
            table.add(cell(headers.get(c), true), c, 0);
        }
        for (int r = 0; r < s.rows().size(); r++) {
            List<String> row = s.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Label l = cell(row.get(c), false);
                if (s.blank()) {
                    l.setMinHeight(22);
                }
                table.add(l, c, r + 1);
            }
        }
        HBox signatures = new HBox(60);
        signatures.setPadding(new Insets(16, 0, 0, 0));
        for (String line : s.signatures()) {
            signatures.getChildren().add(new Label(line));
        }
        VBox page = new VBox(8, title, info, table, signatures);
        page.getStyleClass().add("print-page");
        page.setPadding(new Insets(28, 36, 28, 36));
        page.setPrefWidth(PAGE_WIDTH);
        page.setMinHeight(PAGE_HEIGHT);
        page.setStyle("-fx-background-color: white;");
        return page;
    }

    private static Label cell(String text, boolean header) {
        Label l = new Label(text);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setWrapText(header);
        l.setAlignment(Pos.CENTER);
        GridPane.setHalignment(l, HPos.CENTER);
        GridPane.setHgrow(l, Priority.SOMETIMES);
        l.setStyle("-fx-border-color: black; -fx-border-width: 0 0.5 0.5 0; -fx-padding: 2 4 2 4;"
                + (header ? " -fx-font-weight: bold; -fx-background-color: #e8e8e8;" : ""));
        return l;
    }

    /** A grey desk with the white page on it. */
    private static final class StackPaper extends javafx.scene.layout.StackPane {
        StackPaper(Node page) {
            super(page);
            setPadding(new Insets(12));
            setStyle("-fx-background-color: #9a9a9a;");
        }
    }
}
