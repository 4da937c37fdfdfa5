package org.dangjiandesk.gui.member;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import impl.org.controlsfx.skin.DecorationPane;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.MemberField;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.Sex;

/**
 * The member form (党员信息), opened as a window over the roster: the national roster items in five groups, with
 * the member's history beside them when the member exists. Problems are marked at the fields with ControlsFX
 * decorations (hover for the text) and summed up at the bottom; 保存 stays disabled while any remain.
 */
public final class MemberFormView {
    @FXML private BorderPane memberForm;
    @FXML private Label formTitle;
    @FXML private Label lockedNote;
    @FXML private TextField nameField;
    @FXML private TextField idNumberField;
    @FXML private javafx.scene.control.Button unmaskNumbers;
    @FXML private ComboBox<Sex> sexChoice;
    @FXML private DatePicker birthDatePicker;
    @FXML private ComboBox<CodeItem> ethnicityChoice;
    @FXML private TextField nativePlaceField;
    @FXML private ComboBox<CodeItem> educationChoice;
    @FXML private TextField degreeField;
    @FXML private ComboBox<CodeItem> jobPostChoice;
    @FXML private DatePicker workStartedOnPicker;
    @FXML private ComboBox<MemberCategory> categoryChoice;
    @FXML private SearchableComboBox<OrgOption> orgChoice;
    @FXML private DatePicker joinedOnPicker;
    @FXML private DatePicker fullMemberOnPicker;
    @FXML private TextField partyPostField;
    @FXML private ComboBox<PartyStatus> partyStatusChoice;
    @FXML private TextField duesStandardField;
    @FXML private TextField duesPaidUntilField;
    @FXML private Label firstEventLabel;
    @FXML private ComboBox<EventType> firstEventChoice;
    @FXML private Label docNoLabel;
    @FXML private TextField docNoField;
    @FXML private TextField mobileField;
    @FXML private TextField landlineField;
    @FXML private TextField homeAddressField;
    @FXML private TextField householdRegisterField;
    @FXML private TextField residenceField;
    @FXML private CheckBox lostContactCheck;
    @FXML private DatePicker lostContactSincePicker;
    @FXML private CheckBox floatingCheck;
    @FXML private TextField floatingDestinationField;
    @FXML private CheckBox hardshipCheck;
    @FXML private CheckBox volunteerCheck;
    @FXML private CheckBox veteranCheck;
    @FXML private CheckBox frailExemptCheck;
    @FXML private ComboBox<Choice<Long>> placeChoice;
    @FXML private CheckBox householdHeadCheck;
    @FXML private CheckBox inServiceReportedCheck;
    @FXML private ComboBox<Choice<Long>> reportCommunityChoice;
    @FXML private DatePicker reportedOnPicker;
    @FXML private TextField originalEmployerField;
    @FXML private VBox historyPane;
    @FXML private StackPane historyHolder;
    @FXML private Button formRecordEvent;
    @FXML private Label problemsLabel;
    @FXML private Button cancelMember;
    @FXML private Button saveAndNew;
    @FXML private Button saveMember;

    private final MemberFormViewModel vm;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    private Stage stage;

    public MemberFormView(MemberFormViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "MemberForm.fxml", messages.bundle());
    }

    /** Opens the form as a window over {@code owner} (modal to it) and returns that window. */
    public Stage open(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // ControlsFX draws decorations in a DecorationPane at the scene's root; without one it swaps the root in the
        // middle of the first CSS pass (and logs a page of CSS warnings), so the form starts inside one
        DecorationPane pane = new DecorationPane();
        pane.setRoot(load());
        Scene scene = Styles.styled(new Scene(pane, vm.isNew() ? 820 : 1120, 700));
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!mayDiscard()) {
                e.consume();
            }
        });
        vm.closeRequestedProperty().addListener((obs, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        vm.conflictProperty().addListener((obs, was, merge) -> {
            if (merge != null) {
                showMerge(merge);
            }
        });
        if (!vm.closeRequestedProperty().get()) { // e.g. the member could not be read
            stage.show();
            nameField.requestFocus();
        }
        return stage;
    }

    /** 合并修改: asks which of the other clerk's values and mine to keep, then saves or drops mine. */
    private void showMerge(MemberMergeViewModel merge) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("merge.title"));
        dialog.getDialogPane().setContent(new MemberMergeView(merge, messages.bundle()).load());
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType(messages.get("merge.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType theirs = new javafx.scene.control.ButtonType(messages.get("merge.takeTheirs"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, theirs);
        dialog.getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        if (dialog.showAndWait().filter(b -> b == save).isPresent()) {
            vm.saveMerged();
        } else {
            vm.takeTheirs();
        }
    }

    @FXML
    private void initialize() {
        formTitle.textProperty().bind(vm.titleProperty());
        setUpChoices();
        bindFields();
        setUpLimits();
        setUpValidation();
        setUpNewOrExisting();

        problemsLabel.textProperty().bind(vm.problemsTextProperty());
        problemsLabel.visibleProperty().bind(vm.problemsTextProperty().isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        saveMember.disableProperty().bind(vm.canSaveBinding().not());
        saveAndNew.disableProperty().bind(vm.canSaveBinding().not());
        saveMember.setOnAction(e -> vm.save());
        saveAndNew.setOnAction(e -> {
            vm.saveAndNew();
            nameField.requestFocus();
        });
        cancelMember.setOnAction(e -> {
            if (mayDiscard() && stage != null) {
                stage.close();
            }
        });
        memberForm.disableProperty().bind(vm.loadingProperty());
    }

    private boolean mayDiscard() {
        return !vm.dirtyProperty().get() || vm.context().dialogs().confirm(messages.get("member.confirmDiscard"));
    }

    private void setUpChoices() {
        labelled(sexChoice, Arrays.asList(Sex.values()), messages::label);
        labelled(categoryChoice, Arrays.asList(MemberCategory.values()), messages::label);
        labelled(partyStatusChoice, Arrays.asList(PartyStatus.values()), messages::label);
        labelled(firstEventChoice, List.of(EventType.REGISTERED, EventType.TRANSFERRED_IN),
                t -> messages.get("member.firstEvent." + t.name()));
        ethnicityChoice.getItems().setAll(vm.codes(CodeCategory.ETHNICITY));
        educationChoice.getItems().setAll(vm.codes(CodeCategory.EDUCATION));
        jobPostChoice.getItems().setAll(vm.codes(CodeCategory.JOB_POST));
        for (ComboBox<CodeItem> box : List.of(ethnicityChoice, educationChoice, jobPostChoice)) {
            box.setPromptText(messages.get("member.choose"));
            box.setVisibleRowCount(14);
        }

        orgChoice.setItems(vm.orgOptions());
        orgChoice.setPromptText(messages.get("member.chooseOrg"));
        orgChoice.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrgOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.indented());
            }
        });
        placeChoice.setItems(vm.placeOptions());
        reportCommunityChoice.setItems(vm.communityOptions());
        FormControls.dates(messages.get("member.date.prompt"), birthDatePicker, workStartedOnPicker,
                joinedOnPicker, fullMemberOnPicker, lostContactSincePicker, reportedOnPicker);
    }

    private static <T> void labelled(ComboBox<T> box, List<T> values, Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // not editable
            }
        });
    }

    private void bindFields() {
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        idNumberField.textProperty().bindBidirectional(vm.idNumberProperty());
        // a stored member's numbers show masked until the user (if allowed) asks for them, which is logged
        idNumberField.editableProperty().bind(javafx.beans.binding.Bindings.not(vm.numbersMaskedProperty()));
        mobileField.editableProperty().bind(javafx.beans.binding.Bindings.not(vm.numbersMaskedProperty()));
        landlineField.editableProperty().bind(javafx.beans.binding.Bindings.not(vm.numbersMaskedProperty()));
        unmaskNumbers.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.numbersMaskedProperty().get() && vm.mayUnmask(), vm.numbersMaskedProperty()));
        unmaskNumbers.managedProperty().bind(unmaskNumbers.visibleProperty());
        unmaskNumbers.setOnAction(e -> vm.unmask());
        sexChoice.valueProperty().bindBidirectional(vm.sexProperty());
        birthDatePicker.valueProperty().bindBidirectional(vm.birthDateProperty());
        ethnicityChoice.valueProperty().bindBidirectional(vm.ethnicityProperty());
        nativePlaceField.textProperty().bindBidirectional(vm.nativePlaceProperty());
        educationChoice.valueProperty().bindBidirectional(vm.educationProperty());
        degreeField.textProperty().bindBidirectional(vm.degreeProperty());
        jobPostChoice.valueProperty().bindBidirectional(vm.jobPostProperty());
        workStartedOnPicker.valueProperty().bindBidirectional(vm.workStartedOnProperty());
        categoryChoice.valueProperty().bindBidirectional(vm.categoryProperty());
        orgChoice.valueProperty().bindBidirectional(vm.orgProperty());
        joinedOnPicker.valueProperty().bindBidirectional(vm.joinedOnProperty());
        fullMemberOnPicker.valueProperty().bindBidirectional(vm.fullMemberOnProperty());
        partyPostField.textProperty().bindBidirectional(vm.partyPostProperty());
        partyStatusChoice.valueProperty().bindBidirectional(vm.partyStatusProperty());
        duesStandardField.textProperty().bindBidirectional(vm.duesStandardProperty());
        duesPaidUntilField.textProperty().bindBidirectional(vm.duesPaidUntilProperty());
        firstEventChoice.valueProperty().bindBidirectional(vm.firstEventProperty());
        docNoField.textProperty().bindBidirectional(vm.docNoProperty());
        mobileField.textProperty().bindBidirectional(vm.mobilePhoneProperty());
        landlineField.textProperty().bindBidirectional(vm.landlinePhoneProperty());
        homeAddressField.textProperty().bindBidirectional(vm.homeAddressProperty());
        householdRegisterField.textProperty().bindBidirectional(vm.householdRegisterProperty());
        residenceField.textProperty().bindBidirectional(vm.residenceProperty());
        lostContactCheck.selectedProperty().bindBidirectional(vm.lostContactProperty());
        lostContactSincePicker.valueProperty().bindBidirectional(vm.lostContactSinceProperty());
        floatingCheck.selectedProperty().bindBidirectional(vm.floatingProperty());
        floatingDestinationField.textProperty().bindBidirectional(vm.floatingDestinationProperty());
        hardshipCheck.selectedProperty().bindBidirectional(vm.hardshipProperty());
        volunteerCheck.selectedProperty().bindBidirectional(vm.volunteerProperty());
        veteranCheck.selectedProperty().bindBidirectional(vm.veteranProperty());
        frailExemptCheck.selectedProperty().bindBidirectional(vm.frailExemptProperty());
        placeChoice.valueProperty().bindBidirectional(vm.placeProperty());
        householdHeadCheck.selectedProperty().bindBidirectional(vm.householdHeadProperty());
        inServiceReportedCheck.selectedProperty().bindBidirectional(vm.inServiceReportedProperty());
        reportCommunityChoice.valueProperty().bindBidirectional(vm.reportCommunityProperty());
        reportedOnPicker.valueProperty().bindBidirectional(vm.reportedOnProperty());
        originalEmployerField.textProperty().bindBidirectional(vm.originalEmployerProperty());

        // fields that only make sense with their box ticked
        fullMemberOnPicker.disableProperty().bind(vm.categoryProperty().isEqualTo(MemberCategory.PROBATIONARY));
        reportCommunityChoice.disableProperty().bind(vm.inServiceReportedProperty().not());
        reportedOnPicker.disableProperty().bind(vm.inServiceReportedProperty().not());
        originalEmployerField.disableProperty().bind(vm.inServiceReportedProperty().not());
    }

    private void setUpLimits() {
        FormControls.maxLength(nameField, 50);
        FormControls.maxLength(idNumberField, 22);
        FormControls.maxLength(nativePlaceField, 100);
        FormControls.maxLength(degreeField, 32);
        FormControls.maxLength(partyPostField, 50);
        FormControls.decimal(duesStandardField);
        FormControls.maxLength(duesPaidUntilField, 7);
        FormControls.maxLength(docNoField, 100);
        FormControls.maxLength(mobileField, 20);
        FormControls.maxLength(landlineField, 30);
        for (TextField f : List.of(homeAddressField, householdRegisterField, residenceField,
                floatingDestinationField, originalEmployerField)) {
            FormControls.maxLength(f, 200);
        }
    }

    private void setUpValidation() {
        // a red border says where, the icon's tooltip and the summary line say what
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration("field-error", "field-warning")));
        register(nameField, MemberField.NAME, true);
        register(idNumberField, MemberField.ID_NUMBER, true);
        register(sexChoice, MemberField.SEX, true);
        register(birthDatePicker, MemberField.BIRTH_DATE, true);
        register(ethnicityChoice, MemberField.ETHNICITY, false);
        register(educationChoice, MemberField.EDUCATION, false);
        register(jobPostChoice, MemberField.JOB_POST, false);
        register(workStartedOnPicker, MemberField.WORK_STARTED_ON, false);
        register(categoryChoice, MemberField.CATEGORY, true);
        register(orgChoice, MemberField.ORG, true);
        register(joinedOnPicker, MemberField.JOINED_ON, true);
        register(fullMemberOnPicker, MemberField.FULL_MEMBER_ON, false);
        register(duesPaidUntilField, MemberField.DUES_PAID_UNTIL, false);
        register(mobileField, MemberField.MOBILE_PHONE, false);
        register(landlineField, MemberField.LANDLINE_PHONE, false);
        register(lostContactSincePicker, MemberField.LOST_CONTACT_SINCE, false);
        register(floatingDestinationField, MemberField.FLOATING_DESTINATION, false);
        register(reportedOnPicker, MemberField.REPORTED_ON, false);
        // cross-field rules (birth date against the ID, dates in order) change other fields' problems
        vm.problems().addListener((ListChangeListener<Object>) c -> validation.revalidate());
    }

    private void register(Control control, MemberField field, boolean required) {
        Validator<Object> validator = (c, value) -> vm.visibleProblem(field)
                .map(text -> ValidationResult.fromError(c, text))
                .orElseGet(ValidationResult::new);
        validation.registerValidator(control, required, validator);
    }

    private void setUpNewOrExisting() {
        boolean isNew = vm.isNew();
        for (Node n : List.of(firstEventLabel, firstEventChoice, docNoLabel, docNoField, saveAndNew)) {
            n.setVisible(isNew);
            n.setManaged(isNew);
        }
        lockedNote.setVisible(!isNew);
        lockedNote.setManaged(!isNew);
        historyPane.setVisible(!isNew);
        historyPane.setManaged(!isNew);
        // what life events change is read-only for a member on the roster: it changes through 记录事件
        for (Control c : List.of(categoryChoice, orgChoice, partyStatusChoice, lostContactCheck, floatingCheck,
                lostContactSincePicker, floatingDestinationField)) {
            c.getStyleClass().add("locked");
        }
        for (Control c : List.of(categoryChoice, orgChoice, partyStatusChoice, lostContactCheck, floatingCheck)) {
            c.setDisable(!isNew);
        }
        BooleanBinding lostLocked = Bindings.createBooleanBinding(
                () -> !isNew || !vm.lostContactProperty().get(), vm.lostContactProperty());
        lostContactSincePicker.disableProperty().bind(lostLocked);
        BooleanBinding floatingLocked = Bindings.createBooleanBinding(
                () -> !isNew || !vm.floatingProperty().get(), vm.floatingProperty());
        floatingDestinationField.disableProperty().bind(floatingLocked);
        if (!isNew) {
            historyHolder.getChildren().setAll(new MemberHistoryView(vm.history()).load());
            formRecordEvent.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> vm.originalProperty().get() == null || vm.busyProperty().get(),
                    vm.originalProperty(), vm.busyProperty()));
            formRecordEvent.setOnAction(e -> openEventDialog());
        }
    }

    private void openEventDialog() {
        if (vm.dirtyProperty().get() && !vm.context().dialogs().confirm(messages.get("member.confirmEventDiscards"))) {
            return;
        }
        EventDialogViewModel dialog = new EventDialogViewModel(vm.context(), vm.memberId());
        dialog.setOnRecorded(vm::eventRecorded);
        new EventDialogView(dialog).open(stage);
    }

    public MemberFormViewModel viewModel() {
        return vm;
    }

    /** The message ControlsFX shows at a control (tests check the decorations through this). */
    Optional<String> decorationText(Control control) {
        return validation.getHighestMessage(control).map(m -> m.getText());
    }
}
