package org.dangjiandesk.gui.brand;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.logic.brand.BrandLifecycle;
import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.Attachment;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.BrandStep;
import org.dangjiandesk.model.Indicators;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.ProgressEntry;
import org.dangjiandesk.model.RosterEntry;

/**
 * One brand project: its application form (申报表), its lifecycle (the recorded steps and the next move), and its
 * progress log with attached photos and documents. A new project is saved as an application (申报).
 */
public final class ProjectDetailViewModel {

    /** One progress entry as shown: date and text, what it added, its files. */
    public record EntryItem(LocalDate date, String text, String added, List<FileItem> files) {
    }

    /** An attached file: its name, where its copy is, and whether it is a photo (shown as a thumbnail). */
    public record FileItem(String name, Path file, boolean image) {
    }

    private final GuiContext ctx;
    private final Messages messages;
    private final BrandService brand;
    private Runnable onChanged = () -> { };

    private final ObjectProperty<BrandProject> project = new SimpleObjectProperty<>();
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    final ObservableList<Choice<BrandCategory>> categories = FXCollections.observableArrayList();
    final ObservableList<OrgOption> orgs = FXCollections.observableArrayList();
    final ObservableList<Choice<Long>> leaders = FXCollections.observableArrayList();
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Choice<BrandCategory>> category = new SimpleObjectProperty<>();
    final ObjectProperty<OrgOption> org = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Long>> leader = new SimpleObjectProperty<>();
    final StringProperty year = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty goals = new SimpleStringProperty("");
    final StringProperty plannedActivities = new SimpleStringProperty("");
    final StringProperty plannedPeople = new SimpleStringProperty("");
    final StringProperty plannedProblems = new SimpleStringProperty("");
    final StringProperty plannedFunds = new SimpleStringProperty("");
    final StringProperty budget = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> appliedOn = new SimpleObjectProperty<>();

    final StringProperty statusText = new SimpleStringProperty("");
    final ObservableList<String> steps = FXCollections.observableArrayList();
    final ObservableList<Choice<BrandStatus>> nextOptions = FXCollections.observableArrayList();
    final ObjectProperty<Choice<BrandStatus>> nextStatus = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> stepDate = new SimpleObjectProperty<>();
    final ObjectProperty<OrgOption> stepOrg = new SimpleObjectProperty<>();
    final StringProperty stepNote = new SimpleStringProperty("");
    final BooleanProperty canMove = new SimpleBooleanProperty(false);

    final StringProperty actualLine = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> progressDate = new SimpleObjectProperty<>();
    final StringProperty progressText = new SimpleStringProperty("");
    final StringProperty addActivities = new SimpleStringProperty("");
    final StringProperty addPeople = new SimpleStringProperty("");
    final StringProperty addProblems = new SimpleStringProperty("");
    final StringProperty addFunds = new SimpleStringProperty("");
    final StringProperty attachmentPath = new SimpleStringProperty("");
    final ObservableList<Path> pendingFiles = FXCollections.observableArrayList();
    final ObservableList<EntryItem> entries = FXCollections.observableArrayList();
    final BooleanProperty canLog = new SimpleBooleanProperty(false);

    public ProjectDetailViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.brand = ctx.services().brand().projects();
        for (BrandCategory c : BrandCategory.values()) {
            categories.add(new Choice<>(c, messages.label(c)));
        }
        org.addListener((o, was, now) -> refreshLeaders());
        refreshOrgs();
        clear();
    }

    public GuiContext context() {
        return ctx;
    }

    /** Called after every saved change, so the list and board can reload. */
    public void setOnChanged(Runnable r) {
        onChanged = r;
    }

    public ObjectProperty<BrandProject> projectProperty() {
        return project;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    void refreshOrgs() {
        List<OrgOption> options = OrgOption.of(ctx.data().orgTree(), OrgUnit::isActive);
        orgs.setAll(options);
    }

    private void refreshLeaders() {
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, messages.get("common.none")));
        OrgOption o = org.get();
        if (o != null) {
            OrgTree tree = ctx.data().orgTree();
            Set<Long> ids = tree.subtreeIds(o.id());
            for (RosterEntry e : ctx.data().roster()) {
                if (e.isCurrent() && ids.contains(e.orgId())) {
                    out.add(new Choice<>(e.id(), e.name()));
                }
            }
        }
        Long keep = leader.get() == null ? null : leader.get().value();
        leaders.setAll(out);
        leader.set(Choice.find(leaders, keep));
    }

    /** Starts a new application (申报) with empty fields. */
    public void newProject() {
        clear();
        editing.set(true);
    }

    private void clear() {
        project.set(null);
        name.set("");
        category.set(categories.get(0));
        org.set(null);
        leader.set(null);
        year.set(String.valueOf(LocalDate.now(ctx.services().clock()).getYear()));
        summary.set("");
        goals.set("");
        plannedActivities.set("");
        plannedPeople.set("");
        plannedProblems.set("");
        plannedFunds.set("");
        budget.set("");
        appliedOn.set(LocalDate.now(ctx.services().clock()));
        statusText.set(messages.get("brand.detail.newStatus"));
        steps.clear();
        entries.clear();
        nextOptions.clear();
        nextStatus.set(null);
        canMove.set(false);
        canLog.set(false);
        actualLine.set("");
        clearStepForm();
        clearProgressForm();
    }

    /** Shows a saved project (loaded in the background). */
    public void show(long projectId) {
        ctx.executor().execute(BackgroundTask.of(p -> new Loaded(brand.project(projectId), brand.steps(projectId),
                        brand.progress(projectId), brand.actual(projectId)))
                .onSuccess(this::apply)
                .onFailure(ctx::showFailure));
    }

    private record Loaded(BrandProject project, List<BrandStep> steps, List<ProgressEntry> progress,
                          Indicators actual) {
    }

    private void apply(Loaded l) {
        BrandProject p = l.project();
        project.set(p);
        editing.set(true);
        name.set(p.name());
        category.set(Choice.find(categories, p.category()));
        org.set(OrgOption.find(orgs, p.orgId()));
        leader.set(Choice.find(leaders, p.leaderId()));
        year.set(String.valueOf(p.year()));
        summary.set(nz(p.summary()));
        goals.set(nz(p.goals()));
        plannedActivities.set(String.valueOf(p.planned().activities()));
        plannedPeople.set(String.valueOf(p.planned().peopleServed()));
        plannedProblems.set(String.valueOf(p.planned().problemsSolved()));
        plannedFunds.set(p.planned().fundsUsed().toPlainString());
        budget.set(p.budget().toPlainString());
        statusText.set(messages.get("brand.detail.status", p.status()));
        OrgTree tree = ctx.data().orgTree();
        steps.setAll(l.steps().stream().map(s -> stepLine(tree, s)).toList());
        nextOptions.setAll(BrandLifecycle.next(p.status()).stream()
                .map(s -> new Choice<>(s, messages.label(s))).toList());
        nextStatus.set(nextOptions.isEmpty() ? null : nextOptions.get(0));
        canMove.set(!nextOptions.isEmpty());
        canLog.set(BrandLifecycle.acceptsProgress(p.status()));
        Indicators a = l.actual();
        Indicators plan = p.planned();
        actualLine.set(messages.get("brand.detail.actualVsPlanned", a.activities(), plan.activities(),
                a.peopleServed(), plan.peopleServed(), a.problemsSolved(), plan.problemsSolved(),
                a.fundsUsed().toPlainString(), plan.fundsUsed().toPlainString()));
        List<EntryItem> items = new ArrayList<>();
        for (int i = l.progress().size() - 1; i >= 0; i--) {
            ProgressEntry e = l.progress().get(i);
            items.add(new EntryItem(e.date(), e.text(), added(e.added()),
                    e.attachments().stream().map(this::fileItem).toList()));
        }
        entries.setAll(items);
        clearStepForm();
    }

    private FileItem fileItem(Attachment a) {
        return new FileItem(a.originalName(), brand.file(a), a.kind().isImage());
    }

    private String added(Indicators i) {
        return messages.get("brand.detail.added", i.activities(), i.peopleServed(), i.problemsSolved(),
                i.fundsUsed().toPlainString());
    }

    private String stepLine(OrgTree tree, BrandStep s) {
        String by = s.decidingOrgId() == null ? "" : tree.find(s.decidingOrgId()).map(OrgUnit::displayName).orElse("");
        String line = messages.get("brand.detail.stepLine", s.date().toString(), s.to(), by);
        return s.note() == null ? line : line + messages.get("common.colon") + s.note();
    }

    /** Saves the form: a new project as an application (申报), an existing one's details. */
    public void save() {
        if (org.get() == null) {
            ctx.dialogs().showError(messages.get("brand.error.orgRequired"));
            return;
        }
        BrandProject draft;
        try {
            draft = draft();
        } catch (NumberFormatException e) {
            ctx.dialogs().showError(messages.get("brand.error.number", e.getMessage()));
            return;
        }
        boolean isNew = draft.id() == null;
        LocalDate on = appliedOn.get();
        ctx.executor().execute(BackgroundTask.of(p -> isNew ? brand.apply(draft, on, null) : brand.update(draft))
                .onSuccess(saved -> {
                    onChanged.run();
                    show(saved.id());
                })
                .onFailure(ctx::showFailure));
    }

    private BrandProject draft() {
        BrandProject current = project.get();
        int y = integer(year.get(), "brand.field.year");
        Indicators planned = new Indicators(integer(plannedActivities.get(), "brand.field.activities"),
                integer(plannedPeople.get(), "brand.field.people"), integer(plannedProblems.get(), "brand.field.problems"),
                money(plannedFunds.get(), "brand.field.funds"));
        return new BrandProject(current == null ? null : current.id(), name.get().strip(),
                category.get() == null ? null : category.get().value(), org.get().id(),
                leader.get() == null ? null : leader.get().value(), y, summary.get(), goals.get(), planned,
                money(budget.get(), "brand.field.budget"),
                current == null ? BrandStatus.APPLIED : current.status(), current == null ? 0 : current.version());
    }

    /** Records the chosen next step (立项, 不予立项, …). */
    public void moveOn() {
        BrandProject p = project.get();
        if (p == null || nextStatus.get() == null) {
            return;
        }
        BrandStatus to = nextStatus.get().value();
        LocalDate date = stepDate.get();
        Long by = stepOrg.get() == null ? null : stepOrg.get().id();
        String note = stepNote.get();
        ctx.executor().execute(BackgroundTask.of(x -> brand.move(p.id(), to, date, by, note))
                .onSuccess(saved -> {
                    onChanged.run();
                    show(saved.id());
                })
                .onFailure(ctx::showFailure));
    }

    /** Adds the file named in the path field to the files of the next entry (checked now, copied on saving). */
    public void addAttachment(Path file) {
        if (file == null) {
            return;
        }
        try {
            brand.attachments().check(file);
            if (!pendingFiles.contains(file)) {
                pendingFiles.add(file);
            }
            attachmentPath.set("");
        } catch (RuntimeException e) {
            ctx.showFailure(e);
        }
    }

    public void addTypedAttachment() {
        String text = attachmentPath.get() == null ? "" : attachmentPath.get().strip();
        if (text.isEmpty()) {
            return;
        }
        Path f = Path.of(text);
        if (!Files.isRegularFile(f)) {
            ctx.dialogs().showError(messages.get("brand.error.attachment.unreadable", f.getFileName()));
            return;
        }
        addAttachment(f);
    }

    /** Logs the progress entry of the form with its files. */
    public void logProgress() {
        BrandProject p = project.get();
        if (p == null) {
            return;
        }
        Indicators added;
        try {
            added = new Indicators(integer(addActivities.get(), "brand.field.activities"),
                    integer(addPeople.get(), "brand.field.people"), integer(addProblems.get(), "brand.field.problems"),
                    money(addFunds.get(), "brand.field.funds"));
        } catch (NumberFormatException e) {
            ctx.dialogs().showError(messages.get("brand.error.number", e.getMessage()));
            return;
        }
        LocalDate date = progressDate.get();
        String text = progressText.get();
        List<Path> files = List.copyOf(pendingFiles);
        ctx.executor().execute(BackgroundTask.of(x -> brand.logProgress(p.id(), date, text, added, files))
                .onSuccess(saved -> {
                    clearProgressForm();
                    onChanged.run();
                    show(p.id());
                })
                .onFailure(ctx::showFailure));
    }

    private void clearStepForm() {
        stepDate.set(LocalDate.now(ctx.services().clock()));
        stepOrg.set(orgs.isEmpty() ? null : orgs.get(0));
        stepNote.set("");
    }

    private void clearProgressForm() {
        progressDate.set(LocalDate.now(ctx.services().clock()));
        progressText.set("");
        addActivities.set("");
        addPeople.set("");
        addProblems.set("");
        addFunds.set("");
        attachmentPath.set("");
        pendingFiles.clear();
    }

    /** A whole number; blank is 0. The exception's message is the field's label. */
    private int integer(String s, String labelKey) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new NumberFormatException(messages.get(labelKey));
        }
    }

    private BigDecimal money(String s, String labelKey) {
        if (s == null || s.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(s.strip().replace(",", "")).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new NumberFormatException(messages.get(labelKey));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
