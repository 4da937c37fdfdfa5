package org.dangjiandesk.gui.training;

import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.AttendanceStatus;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;

/**
 * The sessions tab: the year's sessions on the left; on the right the session's form and its attendance list,
 * filled by searching the roster, by adding a whole organisation, or by reading a signed sheet.
 */
public final class SessionsView {
    @FXML private VBox sessionsScreen;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private Button newSession;
    @FXML private Button deleteSession;
    @FXML private TableView<TrainingSession> sessionTable;
    @FXML private TableColumn<TrainingSession, String> dateColumn;
    @FXML private TableColumn<TrainingSession, String> titleColumn;
    @FXML private TableColumn<TrainingSession, String> typeColumn;
    @FXML private TableColumn<TrainingSession, String> hoursColumn;
    @FXML private TextField titleField;
    @FXML private ComboBox<Choice<TrainingType>> typeChoice;
    @FXML private SearchableComboBox<OrgOption> orgChoice;
    @FXML private DatePicker firstDayPicker;
    @FXML private DatePicker lastDayPicker;
    @FXML private TextField hoursField;
    @FXML private Label totalHoursLabel;
    @FXML private ComboBox<Choice<TrainingAudience>> audienceChoice;
    @FXML private SearchableComboBox<OrgOption> audienceOrgChoice;
    @FXML private TextField placeField;
    @FXML private TextField lecturerField;
    @FXML private TextArea notesArea;
    @FXML private Button saveSession;
    @FXML private Button exportSignIn;
    @FXML private Label attendanceSummary;
    @FXML private TextField attendeeSearch;
    @FXML private Button addFound;
    @FXML private ListView<RosterEntry> foundList;
    @FXML private SearchableComboBox<OrgOption> addOrgChoice;
    @FXML private Button addOrg;
    @FXML private Button importSignIn;
    @FXML private ListView<String> unresolvedList;
    @FXML private Button markPresent;
    @FXML private Button markAbsent;
    @FXML private Button markExcused;
    @FXML private Button removeAttendee;
    @FXML private TableView<AttendeeRow> attendanceTable;
    @FXML private TableColumn<AttendeeRow, String> attendeeNameColumn;
    @FXML private TableColumn<AttendeeRow, String> attendeeOrgColumn;
    @FXML private TableColumn<AttendeeRow, String> attendeeStatusColumn;
    @FXML private TableColumn<AttendeeRow, String> attendeeHoursColumn;

    private final SessionsViewModel vm;
    private final Messages messages;

    public SessionsView(SessionsViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "Sessions.fxml", messages.bundle());
    }

    @FXML
    private void initialize() {
        int now = vm.yearProperty().get();
        yearChoice.getItems().setAll(now - 4, now - 3, now - 2, now - 1, now, now + 1);
        yearChoice.valueProperty().bindBidirectional(vm.yearProperty());
        newSession.setOnAction(e -> vm.newSession());
        deleteSession.disableProperty().bind(vm.nothingEdited());
        deleteSession.setOnAction(e -> vm.delete());

        sessionTable.setItems(vm.sessions());
        TableColumns.text(dateColumn, s -> s.firstDay() == null ? "" : s.firstDay().equals(s.lastDay())
                ? s.firstDay().toString() : s.firstDay() + "～" + s.lastDay().format(DateTimeFormatter.ofPattern("M-d")));
        TableColumns.text(titleColumn, TrainingSession::title);
        TableColumns.text(typeColumn, s -> vm.label(s.type()));
        TableColumns.text(hoursColumn, s -> plain(s.totalHours()));
        sessionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now2) -> {
            if (now2 != null && now2 != vm.editingProperty().get()) {
                vm.edit(now2);
            }
        });

        setUpForm();
        setUpAttendance();
    }

    private void setUpForm() {
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        choices(typeChoice, Arrays.asList(TrainingType.values()), vm.typeProperty());
        choices(audienceChoice, Arrays.asList(TrainingAudience.values()), vm.audienceProperty());
        orgPicker(orgChoice, vm.orgIdProperty(), null);
        orgPicker(audienceOrgChoice, vm.audienceOrgIdProperty(), messages.get("training.field.audienceOrg.same"));
        iso(firstDayPicker);
        iso(lastDayPicker);
        firstDayPicker.valueProperty().bindBidirectional(vm.firstDayProperty());
        lastDayPicker.valueProperty().bindBidirectional(vm.lastDayProperty());
        firstDayPicker.valueProperty().addListener((obs, old, now) -> {
            // a one-day session is the usual case: the last day follows the first until changed
            if (now != null && (lastDayPicker.getValue() == null || lastDayPicker.getValue().equals(old)
                    || lastDayPicker.getValue().isBefore(now))) {
                lastDayPicker.setValue(now);
            }
        });
        hoursField.textProperty().bindBidirectional(vm.hoursPerDayProperty());
        totalHoursLabel.textProperty().bind(vm.totalHoursText());
        placeField.textProperty().bindBidirectional(vm.placeProperty());
        lecturerField.textProperty().bindBidirectional(vm.lecturerProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        saveSession.setOnAction(e -> {
            commit(firstDayPicker);
            commit(lastDayPicker);
            vm.save();
        });
        exportSignIn.disableProperty().bind(vm.nothingEdited());
        exportSignIn.setOnAction(e -> chooseSignInFile());
        vm.editingProperty().addListener((obs, old, now) -> {
            if (now == null) {
                sessionTable.getSelectionModel().clearSelection();
            } else if (sessionTable.getSelectionModel().getSelectedItem() != now) {
                sessionTable.getSelectionModel().select(now);
            }
        });
    }

    private void setUpAttendance() {
        attendeeSearch.textProperty().bindBidirectional(vm.searchTextProperty());
        foundList.setItems(vm.found());
        foundList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        foundList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(RosterEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.describe(item));
            }
        });
        foundList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                addSelectedFound();
            }
        });
        attendeeSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.found().size() == 1) {
                vm.addFound(List.of(vm.found().get(0)));
                attendeeSearch.clear();
            } else if (e.getCode() == KeyCode.DOWN && !vm.found().isEmpty()) {
                foundList.requestFocus();
                foundList.getSelectionModel().selectFirst();
            }
        });
        addFound.setOnAction(e -> addSelectedFound());
        orgPicker(addOrgChoice, vm.addOrgIdProperty(), null);
        addOrg.setOnAction(e -> vm.addOrg());
        importSignIn.disableProperty().bind(vm.nothingEdited());
        importSignIn.setOnAction(e -> chooseSignInSheetToRead());
        unresolvedList.setItems(vm.unresolved());
        unresolvedList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.unresolved()));
        unresolvedList.managedProperty().bind(unresolvedList.visibleProperty());

        attendanceSummary.textProperty().bind(vm.attendanceSummary());
        attendanceTable.setItems(vm.attendees());
        attendanceTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumns.text(attendeeNameColumn, AttendeeRow::name);
        TableColumns.text(attendeeOrgColumn, AttendeeRow::org);
        TableColumns.text(attendeeStatusColumn, r -> vm.label(r.status()));
        TableColumns.text(attendeeHoursColumn, r -> plain(r.yearHours()));
        markPresent.setOnAction(e -> vm.mark(selectedAttendees(), AttendanceStatus.PRESENT));
        markAbsent.setOnAction(e -> vm.mark(selectedAttendees(), AttendanceStatus.ABSENT));
        markExcused.setOnAction(e -> vm.mark(selectedAttendees(), AttendanceStatus.EXCUSED));
        removeAttendee.setOnAction(e -> vm.remove(selectedAttendees()));
        var noneSelected = attendanceTable.getSelectionModel().selectedItemProperty().isNull();
        for (Button b : List.of(markPresent, markAbsent, markExcused, removeAttendee)) {
            b.disableProperty().bind(noneSelected);
        }
    }

    private void addSelectedFound() {
        List<RosterEntry> chosen = List.copyOf(foundList.getSelectionModel().getSelectedItems());
        vm.addFound(chosen.isEmpty() && vm.found().size() == 1 ? List.of(vm.found().get(0)) : chosen);
    }

    private List<Long> selectedAttendees() {
        return attendanceTable.getSelectionModel().getSelectedItems().stream().map(AttendeeRow::memberId).toList();
    }

    private void chooseSignInFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        TrainingSession s = vm.editingProperty().get();
        chooser.setInitialFileName(messages.get("training.signInSheet.fileName", s.title(), s.firstDay()));
        File f = chooser.showSaveDialog(sessionsScreen.getScene().getWindow());
        if (f != null) {
            vm.exportSignIn(f.toPath());
        }
    }

    private void chooseSignInSheetToRead() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx", "*.xls", "*.csv"));
        File f = chooser.showOpenDialog(sessionsScreen.getScene().getWindow());
        if (f != null) {
            vm.importSignIn(f.toPath());
        }
    }

    private <T extends Enum<T>> void choices(ComboBox<Choice<T>> box, List<T> values, ObjectProperty<T> property) {
        List<Choice<T>> items = values.stream().map(v -> new Choice<>(v, vm.label(v))).toList();
        box.getItems().setAll(items);
        box.setValue(Choice.find(items, property.get()));
        box.valueProperty().addListener((obs, old, now) -> property.set(now == null ? null : now.value()));
        property.addListener((obs, old, now) -> {
            Choice<T> shown = Choice.find(items, now);
            if (box.getValue() != shown) {
                box.setValue(shown);
            }
        });
    }

    /** An organisation picker bound to an id; with {@code emptyLabel} the first option means "none". */
    private void orgPicker(ComboBox<OrgOption> box, ObjectProperty<Long> property, String emptyLabel) {
        OrgOption none = emptyLabel == null ? null : new OrgOption(0, emptyLabel, 0, null);
        Runnable refresh = () -> {
            java.util.List<OrgOption> items = new java.util.ArrayList<>();
            if (none != null) {
                items.add(none);
            }
            items.addAll(vm.orgOptions());
            box.getItems().setAll(items);
            OrgOption shown = OrgOption.find(vm.orgOptions(), property.get());
            box.setValue(shown == null ? none : shown);
        };
        refresh.run();
        vm.orgOptions().addListener((ListChangeListener<OrgOption>) c -> refresh.run());
        TableColumns.indentedOrgs(box);
        box.valueProperty().addListener((obs, old, now) -> property.set(now == null || now == none ? null : now.id()));
        property.addListener((obs, old, now) -> {
            OrgOption shown = OrgOption.find(vm.orgOptions(), now);
            if (shown == null) {
                shown = none;
            }
            if (box.getValue() != shown) {
                box.setValue(shown);
            }
        });
    }

    private static void iso(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPromptText("2026-11-22");
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
    }

    /** Takes over a date typed but not confirmed with Enter. */
    private static void commit(DatePicker picker) {
        LocalDate typed = picker.getConverter().fromString(picker.getEditor().getText());
        if (typed != null && !typed.equals(picker.getValue())) {
            picker.setValue(typed);
        }
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
