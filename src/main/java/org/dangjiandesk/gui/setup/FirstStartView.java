package org.dangjiandesk.gui.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dangjiandesk.gui.util.ViewLoader;

/** The first-start screen: load the demo street or start with an empty one. */
public final class FirstStartView {
    @FXML private TextField streetName;
    @FXML private TextField streetCode;
    @FXML private Label streetCodeError;
    @FXML private Button loadDemo;
    @FXML private Button startEmpty;
    @FXML private VBox progressBox;
    @FXML private ProgressBar setupProgress;
    @FXML private Label setupMessage;
    @FXML private VBox choices;

    private final FirstStartViewModel vm;

    public FirstStartView(FirstStartViewModel vm) {
        this.vm = vm;
    }

    public Parent load() {
        return ViewLoader.load(this, "FirstStart.fxml", vm.bundle());
    }

    @FXML
    private void initialize() {
        streetName.textProperty().bindBidirectional(vm.streetNameProperty());
        streetCode.textProperty().bindBidirectional(vm.streetCodeProperty());
        streetCodeError.textProperty().bind(vm.streetCodeErrorProperty());
        streetCodeError.visibleProperty().bind(vm.streetCodeErrorProperty().isNotEmpty());
        streetCodeError.managedProperty().bind(streetCodeError.visibleProperty());
        startEmpty.disableProperty().bind(vm.canStartEmptyProperty().not());
        loadDemo.disableProperty().bind(vm.busyProperty());
        choices.disableProperty().bind(vm.busyProperty());
        startEmpty.setOnAction(e -> vm.startEmpty());
        streetName.setOnAction(e -> vm.startEmpty());
        streetCode.setOnAction(e -> vm.startEmpty());
        loadDemo.setOnAction(e -> vm.loadDemo());
        progressBox.visibleProperty().bind(vm.busyProperty());
        progressBox.managedProperty().bind(vm.busyProperty());
        setupProgress.progressProperty().bind(vm.progressProperty());
        setupMessage.textProperty().bind(vm.progressMessageProperty());
        Platform.runLater(streetName::requestFocus);
    }
}
