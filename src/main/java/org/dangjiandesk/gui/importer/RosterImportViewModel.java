package org.dangjiandesk.gui.importer;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.Progresses;
import org.dangjiandesk.logic.excel.read.TableReadException;
import org.dangjiandesk.logic.excel.roster.ColumnMapping;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.excel.roster.ImportProblem;
import org.dangjiandesk.logic.excel.roster.ImportResult;
import org.dangjiandesk.logic.excel.roster.MemberChange;
import org.dangjiandesk.logic.excel.roster.ProblemsWorkbook;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;

/**
 * The import wizard: pick a file, check it (nothing is written), correct the column mapping if needed, choose what
 * to apply, apply it in one transaction. Rejected rows go to a problems workbook beside the file.
 */
public final class RosterImportViewModel {
    private final GuiContext ctx;
    private final Messages messages;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty createBranches = new SimpleBooleanProperty(false);
    private final ObjectProperty<OrgUnit> under = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<MemberChange> changes = FXCollections.observableArrayList();
    private final ObservableList<RosterEntry> missing = FXCollections.observableArrayList();
    private final BooleanProperty addNew = new SimpleBooleanProperty(true);
    private final BooleanProperty applyChanges = new SimpleBooleanProperty(true);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(false);

    public RosterImportViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
    }

    /** Reads and checks the file (with the corrected mapping once there is one). Writes nothing. */
    public void check() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        ColumnMapping corrected = preview.get() != null && preview.get().file().equals(f) ? correctedMapping() : null;
        ImportOptions options = new ImportOptions(createBranches.get(), under.get() == null ? null
                : String.valueOf(under.get().id()));
        busy.set(true);
        applied.set(false);
        result.set("");
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().excel().rosterImport()
                        .preview(f, corrected, options, Progresses.of(p, messages.get("import.checking"))))
                .title(messages.get("import.checking"))
                .onSuccess(this::showPreview)
                .onFailure(this::fail));
    }

    private ColumnMapping correctedMapping() {
        ColumnMapping m = preview.get().mapping();
        for (MappingRow row : mapping) {
            m = m.with(row.index(), row.columnProperty().get());
        }
        return m;
    }

    private void showPreview(ImportPreview p) {
        busy.set(false);
        preview.set(p);
        mapping.clear();
        Map<Integer, RosterColumn> cols = p.mapping().columns();
        p.mapping().headers().forEach((idx, header) ->
                mapping.add(new MappingRow(idx, ColumnMapping.letter(idx), header, cols.get(idx))));
        problems.setAll(p.problems());
        changes.setAll(p.changed());
        missing.setAll(p.missing());
        summary.set(messages.get("import.summary", p.validRows(), p.invalidCount(), p.newMembers().size(),
                p.changed().size(), p.unchanged(), p.missing().size()));
    }

    /** Writes the chosen part in one transaction; cancel from the status bar leaves the database as it was. */
    public void apply() {
        ImportPreview p = preview.get();
        if (p == null) {
            return;
        }
        boolean doNew = addNew.get();
        boolean doChanges = applyChanges.get();
        String underOrg = under.get() == null ? null : String.valueOf(under.get().id());
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(prog -> {
                    ImportResult r = ctx.services().excel().rosterImport()
                            .apply(p, doNew, doChanges, underOrg, Progresses.of(prog, messages.get("import.applying")));
                    Path problemsFile = p.invalidRows().isEmpty() ? null : ProblemsWorkbook.write(p.file(), p, messages);
                    return new Applied(r, problemsFile);
                })
                .title(messages.get("import.applying"))
                .onSuccess(a -> {
                    busy.set(false);
                    applied.set(true);
                    result.set(messages.get("import.done", a.result().inserted(), a.result().updated(),
                            a.result().branchesCreated())
                            + (a.problemsFile() == null ? "" : "\n" + messages.get("import.problemsWritten", a.problemsFile())));
                    ctx.data().loadAll(() -> { });
                })
                .onFailure(this::fail));
    }

    private record Applied(ImportResult result, Path problemsFile) {
    }

    private void fail(Throwable t) {
        busy.set(false);
        ctx.dialogs().showError(describe(t));
    }

    String describe(Throwable t) {
        if (t instanceof TableReadException e) {
            return messages.get(e.messageKey());
        }
        if (t instanceof org.dangjiandesk.logic.Progress.Cancelled) {
            return messages.get("import.cancelled");
        }
        return ctx.errors().describe(t);
    }

    public BooleanBinding canApply() {
        return Bindings.createBooleanBinding(() -> preview.get() != null && !busy.get() && !applied.get()
                        && ((addNew.get() && !preview.get().newMembers().isEmpty())
                        || (applyChanges.get() && !preview.get().changed().isEmpty())),
                preview, busy, applied, addNew, applyChanges);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty createBranchesProperty() {
        return createBranches;
    }

    public ObjectProperty<OrgUnit> underProperty() {
        return under;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ObservableList<MemberChange> changes() {
        return changes;
    }

    public ObservableList<RosterEntry> missing() {
        return missing;
    }

    public BooleanProperty addNewProperty() {
        return addNew;
    }

    public BooleanProperty applyChangesProperty() {
        return applyChanges;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public GuiContext context() {
        return ctx;
    }
}
