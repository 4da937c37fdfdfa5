package org.dangjiandesk.gui.brand;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.gui.util.ViewLoader;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandStatus;

/**
 * The right-hand pane of the brand screen: the application form, the lifecycle with the next step, and the
 * progress log with thumbnails of attached photos.
 */
public final class ProjectDetailView {
    private static final double THUMB = 96;

    @FXML private VBox projectDetail;
    @FXML private Label projectStatus;
    @FXML private TextField projectName;
    @FXML private ComboBox<Choice<BrandCategory>> projectCategory;
    @FXML private TextField projectYear;
    @FXML private ComboBox<OrgOption> projectOrg;
    @FXML private ComboBox<Choice<Long>> projectLeader;
    @FXML private TextArea projectSummary;
    @FXML private TextArea projectGoals;
    @FXML private TextField plannedActivities;
    @FXML private TextField plannedPeople;
    @FXML private TextField plannedProblems;
    @FXML private TextField plannedFunds;
    @FXML private TextField projectBudget;
    @FXML private Label appliedOnLabel;
    @FXML private DatePicker appliedOn;
    @FXML private Button saveProject;
    @FXML private VBox lifecycleSection;
    @FXML private ListView<String> stepList;
    @FXML private ComboBox<Choice<BrandStatus>> nextStatus;
    @FXML private DatePicker stepDate;
    @FXML private ComboBox<OrgOption> stepOrg;
    @FXML private TextField stepNote;
    @FXML private Button applyStep;
    @FXML private VBox progressSection;
    @FXML private Label actualLine;
    @FXML private DatePicker progressDate;
    @FXML private TextField addActivities;
    @FXML private TextField addPeople;
    @FXML private TextField addProblems;
    @FXML private TextField addFunds;
    @FXML private TextArea progressText;
    @FXML private TextField attachmentPath;
    @FXML private Button addAttachment;
    @FXML private Button browseAttachment;
    @FXML private FlowPane pendingFiles;
    @FXML private Button logProgress;
    @FXML private VBox progressList;

    private final ProjectDetailViewModel vm;
    private final Messages messages;

    public ProjectDetailView(ProjectDetailViewModel vm) {
        this.vm = vm;
        this.messages = vm.context().messages();
    }

    public Parent load() {
        return ViewLoader.load(this, "ProjectDetail.fxml", messages.bundle());
    }

    @FXML
    private void initialize() {
        projectDetail.disableProperty().bind(vm.editingProperty().not());
        projectStatus.textProperty().bind(vm.statusText);
        projectName.textProperty().bindBidirectional(vm.name);
        projectCategory.setItems(vm.categories);
        projectCategory.valueProperty().bindBidirectional(vm.category);
        projectYear.textProperty().bindBidirectional(vm.year);
        projectOrg.setItems(vm.orgs);
        projectOrg.setCellFactory(l -> orgCell());
        projectOrg.valueProperty().bindBidirectional(vm.org);
        projectLeader.setItems(vm.leaders);
        projectLeader.valueProperty().bindBidirectional(vm.leader);
        projectSummary.textProperty().bindBidirectional(vm.summary);
        projectGoals.textProperty().bindBidirectional(vm.goals);
        plannedActivities.textProperty().bindBidirectional(vm.plannedActivities);
        plannedPeople.textProperty().bindBidirectional(vm.plannedPeople);
        plannedProblems.textProperty().bindBidirectional(vm.plannedProblems);
        plannedFunds.textProperty().bindBidirectional(vm.plannedFunds);
        projectBudget.textProperty().bindBidirectional(vm.budget);
        Dates.iso(appliedOn);
        appliedOn.valueProperty().bindBidirectional(vm.appliedOn);
        var isNew = vm.projectProperty().isNull();
        appliedOn.visibleProperty().bind(isNew);
        appliedOnLabel.visibleProperty().bind(isNew);
        vm.projectProperty().addListener((o, was, now) -> saveProject.setText(
                messages.get(now == null ? "brand.detail.submit" : "common.save")));
        saveProject.setOnAction(e -> vm.save());

        lifecycleSection.visibleProperty().bind(isNew.not());
        lifecycleSection.managedProperty().bind(isNew.not());
        stepList.setItems(vm.steps);
        nextStatus.setItems(vm.nextOptions);
        nextStatus.valueProperty().bindBidirectional(vm.nextStatus);
        Dates.iso(stepDate);
        stepDate.valueProperty().bindBidirectional(vm.stepDate);
        stepOrg.setItems(vm.orgs);
        stepOrg.setCellFactory(l -> orgCell());
        stepOrg.valueProperty().bindBidirectional(vm.stepOrg);
        stepNote.textProperty().bindBidirectional(vm.stepNote);
        for (Node n : List.of(nextStatus, stepDate, stepOrg, stepNote, applyStep)) {
            n.disableProperty().bind(vm.canMove.not());
        }
        applyStep.setOnAction(e -> vm.moveOn());

        progressSection.visibleProperty().bind(isNew.not());
        progressSection.managedProperty().bind(isNew.not());
        actualLine.textProperty().bind(vm.actualLine);
        Dates.iso(progressDate);
        progressDate.valueProperty().bindBidirectional(vm.progressDate);
        addActivities.textProperty().bindBidirectional(vm.addActivities);
        addPeople.textProperty().bindBidirectional(vm.addPeople);
        addProblems.textProperty().bindBidirectional(vm.addProblems);
        addFunds.textProperty().bindBidirectional(vm.addFunds);
        progressText.textProperty().bindBidirectional(vm.progressText);
        attachmentPath.textProperty().bindBidirectional(vm.attachmentPath);
        attachmentPath.setOnAction(e -> vm.addTypedAttachment());
        addAttachment.setOnAction(e -> vm.addTypedAttachment());
        browseAttachment.setOnAction(e -> browse());
        for (Node n : List.of(progressDate, addActivities, addPeople, addProblems, addFunds, progressText,
                attachmentPath, addAttachment, browseAttachment, logProgress)) {
            n.disableProperty().bind(vm.canLog.not());
        }
        logProgress.setOnAction(e -> vm.logProgress());
        vm.pendingFiles.addListener((ListChangeListener<Path>) c -> showPending());
        vm.entries.addListener((ListChangeListener<ProjectDetailViewModel.EntryItem>) c -> showEntries());
    }

    private void browse() {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("brand.detail.browse"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("brand.detail.fileFilter"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.pdf", "*.docx", "*.xlsx", "*.pptx", "*.doc", "*.xls", "*.ppt"));
        List<File> chosen = fc.showOpenMultipleDialog(projectDetail.getScene().getWindow());
        if (chosen != null) {
            chosen.forEach(f -> vm.addAttachment(f.toPath()));
        }
    }

    private void showPending() {
        List<Node> chips = new ArrayList<>();
        for (Path p : vm.pendingFiles) {
            Label l = new Label(p.getFileName().toString());
            l.getStyleClass().add("muted");
            l.setId("pending-" + cssId(p.getFileName().toString()));
            chips.add(l);
        }
        pendingFiles.getChildren().setAll(chips);
    }

    private void showEntries() {
        List<Node> nodes = new ArrayList<>();
        for (ProjectDetailViewModel.EntryItem item : vm.entries) {
            Label head = new Label(item.date() + "　" + item.added());
            head.getStyleClass().add("timeline-date");
            Label text = new Label(item.text());
            text.setWrapText(true);
            FlowPane files = new FlowPane(6, 6);
            for (ProjectDetailViewModel.FileItem f : item.files()) {
                files.getChildren().add(fileNode(f));
            }
            VBox entry = new VBox(3, head, text, files);
            entry.getStyleClass().add("progress-entry");
            nodes.add(entry);
        }
        progressList.getChildren().setAll(nodes);
    }

    private Node fileNode(ProjectDetailViewModel.FileItem f) {
        Label caption = new Label(f.name());
        caption.setMaxWidth(THUMB + 20);
        if (f.image()) {
            // loaded in the background at thumbnail size, so big photos never block the screen
            ImageView thumb = new ImageView(new Image(f.file().toUri().toString(), THUMB, THUMB, true, true, true));
            thumb.setFitWidth(THUMB);
            thumb.setFitHeight(THUMB);
            thumb.setPreserveRatio(true);
            VBox box = new VBox(2, thumb, caption);
            box.setId("thumb-" + cssId(f.name()));
            box.getStyleClass().add("attachment-thumb");
            return box;
        }
        caption.setText(messages.get("brand.detail.documentFile", f.name()));
        caption.setId("file-" + cssId(f.name()));
        return caption;
    }

    /** A file name usable in a CSS id selector (meeting.png → meeting_png). */
    static String cssId(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}_-]", "_");
    }

    private static ListCell<OrgOption> orgCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OrgOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.indented());
            }
        };
    }
}
