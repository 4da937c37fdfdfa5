package org.dangjiandesk.gui.audit;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;

/** Wires the audit log viewer to its view-model. */
public final class AuditLogView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @FXML private DatePicker auditFrom;
    @FXML private DatePicker auditTo;
    @FXML private TextField auditLogin;
    @FXML private ComboBox<AuditAction> auditAction;
    @FXML private TextField auditText;
    @FXML private Button auditSearch;
    @FXML private Button auditVerify;
    @FXML private Label auditVerifyResult;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> auditTimeColumn;
    @FXML private TableColumn<AuditEntry, String> auditUserColumn;
    @FXML private TableColumn<AuditEntry, String> auditActionColumn;
    @FXML private TableColumn<AuditEntry, String> auditTargetColumn;
    @FXML private TableColumn<AuditEntry, String> auditDetailsColumn;
    @FXML private Label auditCount;

    private final AuditLogViewModel vm;

    public AuditLogView(AuditLogViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "AuditLog.fxml", vm.context().messages().bundle());
    }

    @FXML
    private void initialize() {
        Messages m = vm.context().messages();
        auditFrom.valueProperty().bindBidirectional(vm.fromProperty());
        auditTo.valueProperty().bindBidirectional(vm.toProperty());
        auditLogin.textProperty().bindBidirectional(vm.loginNameProperty());
        auditText.textProperty().bindBidirectional(vm.textProperty());
        auditAction.getItems().add(null);
        auditAction.getItems().addAll(AuditAction.values());
        auditAction.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditAction a) {
                return a == null ? m.get("audit.anyAction") : m.get("audit.action." + a);
            }

            @Override
            public AuditAction fromString(String s) {
                return null;
            }
        });
        auditAction.valueProperty().bindBidirectional(vm.actionProperty());
        auditSearch.setOnAction(e -> vm.search());
        auditText.setOnAction(e -> vm.search());
        auditLogin.setOnAction(e -> vm.search());
        auditVerify.setOnAction(e -> vm.verify());
        auditVerifyResult.textProperty().bind(vm.verifyResultProperty());
        auditVerifyResult.visibleProperty().bind(vm.verifyResultProperty().isNotEmpty());
        auditVerifyResult.managedProperty().bind(auditVerifyResult.visibleProperty());
        auditCount.textProperty().bind(vm.countTextProperty());
        auditTable.setItems(vm.entries());
        auditTimeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().at().format(TIME)));
        auditUserColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().loginName()));
        auditActionColumn.setCellValueFactory(c ->
                new ReadOnlyStringWrapper(m.get("audit.action." + c.getValue().action())));
        auditTargetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.shownTarget(c.getValue())));
        auditDetailsColumn.setCellValueFactory(c ->
                new ReadOnlyStringWrapper(vm.shownDetails(c.getValue()).replace('\n', '；')));
    }
}
