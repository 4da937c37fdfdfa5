package org.dangjiandesk.gui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;

/**
 * The small dialogs of the organisation screen: 新增下级组织, 移动到…, 撤销. Each returns what the user entered, or
 * empty when cancelled; the view-model does the work.
 */
final class OrgDialogs {
    /** What the add dialog returns. */
    record NewOrg(OrgType type, String fullName, String shortName) {
    }

    /** What the dissolve dialog returns. */
    record Dissolution(LocalDate on, String reason) {
    }

    private final Messages messages;
    private final Window owner;

    OrgDialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    Optional<NewOrg> askNewOrg(String parentName, List<OrgType> types) {
        ComboBox<OrgType> type = new ComboBox<>();
        type.setId("newOrgType");
        type.getItems().setAll(types);
        type.setButtonCell(enumCell());
        type.setCellFactory(lv -> enumCell());
        type.getSelectionModel().select(types.contains(OrgType.BRANCH) ? OrgType.BRANCH : types.get(0));
        TextField fullName = new TextField();
        fullName.setId("newOrgName");
        fullName.setPromptText(messages.get("org.add.namePrompt"));
        TextField shortName = new TextField();
        shortName.setId("newOrgShortName");

        GridPane grid = form();
        grid.addRow(0, label("org.field.parent"), new Label(parentName));
        grid.addRow(1, label("org.field.type"), type);
        grid.addRow(2, label("org.field.fullName"), fullName);
        grid.addRow(3, label("org.field.shortName"), shortName);

        Dialog<NewOrg> d = dialog("org.add.title", grid);
        ButtonType ok = okButton(d, fullName.textProperty().isEmpty()
                .or(type.valueProperty().isNull()));
        d.setResultConverter(b -> b == ok ? new NewOrg(type.getValue(), fullName.getText(), shortName.getText())
                : null);
        Platform.runLater(fullName::requestFocus);
        return d.showAndWait();
    }

    Optional<OrgUnit> askMoveTarget(String orgName, List<OrgUnit> targets, Function<OrgUnit, String> name) {
        ListView<OrgUnit> list = new ListView<>();
        list.setId("moveTargets");
        list.getItems().setAll(targets);
        list.setPrefSize(460, 320);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrgUnit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        });
        if (!targets.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        GridPane grid = form();
        grid.add(new Label(messages.get("org.move.prompt", orgName)), 0, 0);
        grid.add(targets.isEmpty() ? new Label(messages.get("org.move.none")) : list, 0, 1);
        GridPane.setHgrow(list, Priority.ALWAYS);

        Dialog<OrgUnit> d = dialog("org.move.title", grid);
        ButtonType ok = okButton(d, list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(list::requestFocus);
        return d.showAndWait();
    }

    Optional<Dissolution> askDissolution(String orgName, LocalDate today) {
        DatePicker date = new DatePicker(today);
        date.setId("dissolveDate");
        DatePickers.iso(date, messages.get("org.datePrompt"));
        TextArea reason = new TextArea();
        reason.setId("dissolveReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(messages.get("org.dissolve.reasonPrompt"));

        GridPane grid = form();
        Label intro = new Label(messages.get("org.dissolve.intro", orgName));
        intro.setWrapText(true);
        grid.add(intro, 0, 0, 2, 1);
        grid.addRow(1, label("org.field.dissolvedOn"), date);
        grid.addRow(2, label("org.field.dissolvedReason"), reason);

        Dialog<Dissolution> d = dialog("org.dissolve.title", grid);
        ButtonType ok = okButton(d, reason.textProperty().isEmpty().or(date.valueProperty().isNull()));
        d.getDialogPane().lookupButton(ok).getStyleClass().remove("primary");
        d.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            DatePickers.commit(date);
            return new Dissolution(date.getValue(), reason.getText());
        });
        Platform.runLater(reason::requestFocus);
        return d.showAndWait();
    }

    private <R> Dialog<R> dialog(String titleKey, Node content) {
        Dialog<R> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(messages.get(titleKey));
        d.setHeaderText(null);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        return d;
    }

    private ButtonType okButton(Dialog<?> d, BooleanBinding disabled) {
        ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Node okNode = d.getDialogPane().lookupButton(ok);
        okNode.setId("dialogOk");
        okNode.getStyleClass().add("primary");
        okNode.disableProperty().bind(disabled);
        d.getDialogPane().lookupButton(cancel).setId("dialogCancel");
        return ok;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(280);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private ListCell<OrgType> enumCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OrgType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
            }
        };
    }
}
