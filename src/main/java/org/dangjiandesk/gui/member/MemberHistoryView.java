package org.dangjiandesk.gui.member;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dangjiandesk.gui.util.ViewLoader;

/** The history timeline: one entry per event, newest on top, a dot on a vertical line beside each. */
public final class MemberHistoryView {
    @FXML private ScrollPane historyScroll;
    @FXML private VBox historyList;
    @FXML private Label historyEmpty;

    private final MemberHistoryViewModel vm;

    public MemberHistoryView(MemberHistoryViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "MemberHistory.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        vm.items().addListener((ListChangeListener<MemberHistoryViewModel.Item>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<Node> nodes = new ArrayList<>();
        List<MemberHistoryViewModel.Item> items = vm.items();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(entry(items.get(i), i == items.size() - 1));
        }
        if (nodes.isEmpty()) {
            nodes.add(historyEmpty);
        }
        historyList.getChildren().setAll(nodes);
    }

    private static Node entry(MemberHistoryViewModel.Item item, boolean last) {
        Label date = new Label(item.date().toString());
        date.getStyleClass().add("timeline-date");
        date.setMinWidth(Region.USE_PREF_SIZE);

        Region dot = new Region();
        dot.getStyleClass().add("timeline-dot");
        Region line = new Region();
        line.getStyleClass().add("timeline-line");
        line.setVisible(!last);
        VBox.setVgrow(line, Priority.ALWAYS);
        VBox rail = new VBox(dot, line);
        rail.getStyleClass().add("timeline-rail");
        rail.setMinWidth(Region.USE_PREF_SIZE);

        Label title = new Label(item.title());
        title.getStyleClass().add("timeline-title");
        VBox body = new VBox(title);
        body.getStyleClass().add("timeline-body");
        for (String d : item.details()) {
            Label l = new Label(d);
            l.setWrapText(true);
            l.getStyleClass().add("timeline-detail");
            body.getChildren().add(l);
        }
        HBox.setHgrow(body, Priority.ALWAYS);

        HBox row = new HBox(date, rail, body);
        row.getStyleClass().add("timeline-entry");
        row.setId("history-" + item.type().name() + "-" + item.date());
        return row;
    }
}
