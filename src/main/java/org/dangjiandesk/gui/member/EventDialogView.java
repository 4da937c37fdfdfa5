package org.dangjiandesk.gui.member;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.MemberLifecycle;
import org.dangjiandesk.model.EventType;

/** The "记录事件" dialog: shows only the fields the chosen event needs. */
public final class EventDialogView {
    @FXML private VBox eventDialog;
    @FXML private Label eventMember;
    @FXML private ComboBox<EventType> eventTypeChoice;
    @FXML private DatePicker eventDatePicker;
    @FXML private HBox targetOrgRow;
    @FXML private HBox otherPartyRow;
    @FXML private HBox duesRow;
    @FXML private HBox monthsRow;
    @FXML private Label targetOrgLabel;
    @FXML private SearchableComboBox<OrgOption> targetOrgChoice;
    @FXML private Label otherPartyLabel;
    @FXML private TextField otherPartyField;
    @FXML private TextField eventDuesField;
    @FXML private Spinner<Integer> monthsSpinner;
    @FXML private TextField eventDocNoField;
    @FXML private TextField eventReasonField;
    @FXML private Label eventError;
    @FXML private Button cancelEvent;
    @FXML private Button saveEvent;

    private final EventDialogViewModel vm;
    private final Messages messages;

    public EventDialogView(EventDialogViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "EventDialog.fxml", messages.bundle());
    }

    public Stage open(Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get("eventDialog.title"));
        stage.setScene(Styles.styled(new Scene(load(), 500, -1)));
        // rows come and go with the event type, the error line with the service's answer
        vm.typeProperty().addListener(o -> stage.sizeToScene());
        vm.errorProperty().addListener(o -> stage.sizeToScene());
        vm.closeRequestedProperty().addListener((obs, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        cancelEvent.setOnAction(e -> stage.close());
        stage.show();
        eventTypeChoice.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        eventMember.textProperty().bind(vm.memberSummaryProperty());
        eventTypeChoice.setItems(vm.types());
        eventTypeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? "" : messages.label(t);
            }

            @Override
            public EventType fromString(String s) {
                return null;
            }
        });
        eventTypeChoice.valueProperty().bindBidirectional(vm.typeProperty());
        FormControls.dates(messages.get("member.date.prompt"), eventDatePicker);
        eventDatePicker.valueProperty().bindBidirectional(vm.dateProperty());

        targetOrgChoice.setItems(vm.orgOptions());
        targetOrgChoice.setPromptText(messages.get("member.chooseOrg"));
        targetOrgChoice.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrgOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.indented());
            }
        });
        targetOrgChoice.valueProperty().bindBidirectional(vm.targetOrgProperty());
        targetOrgLabel.textProperty().bind(vm.targetOrgLabel());
        otherPartyLabel.textProperty().bind(vm.otherPartyLabel());
        otherPartyField.textProperty().bindBidirectional(vm.otherPartyProperty());
        eventDuesField.textProperty().bindBidirectional(vm.duesPaidUntilProperty());
        monthsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                MemberLifecycle.MIN_EXTENSION_MONTHS, MemberLifecycle.MAX_EXTENSION_MONTHS,
                vm.monthsProperty().get()));
        monthsSpinner.getValueFactory().valueProperty().bindBidirectional(vm.monthsProperty());
        eventDocNoField.textProperty().bindBidirectional(vm.docNoProperty());
        eventReasonField.textProperty().bindBidirectional(vm.reasonProperty());
        FormControls.maxLength(otherPartyField, 200);
        FormControls.maxLength(eventDuesField, 7);
        FormControls.maxLength(eventDocNoField, 100);
        FormControls.maxLength(eventReasonField, 500);

        showWhen(vm.needsTargetOrg(), targetOrgRow);
        showWhen(vm.needsOtherParty(), otherPartyRow);
        showWhen(vm.needsDues(), duesRow);
        showWhen(vm.needsMonths(), monthsRow);

        eventError.textProperty().bind(vm.errorProperty());
        eventError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        eventError.managedProperty().bind(eventError.visibleProperty());
        saveEvent.disableProperty().bind(vm.canRecordBinding().not());
        saveEvent.setOnAction(e -> vm.record());
    }

    private static void showWhen(ObservableBooleanValue condition, Node... nodes) {
        for (Node n : List.of(nodes)) {
            n.visibleProperty().bind(condition);
            n.managedProperty().bind(condition);
        }
    }
}
