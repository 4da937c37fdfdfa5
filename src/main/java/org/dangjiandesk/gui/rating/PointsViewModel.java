package org.dangjiandesk.gui.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.rating.RatingException;
import org.dangjiandesk.logic.rating.Scores;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.PointEntry;
import org.dangjiandesk.model.RosterEntry;

/**
 * The points ledger of a branch: one activity's points for many members at once, the entries waiting for
 * approval, and one member's ledger.
 */
public final class PointsViewModel {
    private final GuiContext ctx;
    private final Messages messages;
    private final ObservableList<BranchOption> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchOption> branch = new SimpleObjectProperty<>();
    private final ObservableList<RosterEntry> members = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<PointCategory> category = new SimpleObjectProperty<>(PointCategory.PUBLIC_SERVICE);
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty enteredBy = new SimpleStringProperty("");
    private final StringProperty approver = new SimpleStringProperty("");
    private final ObservableList<PointEntry> pending = FXCollections.observableArrayList();
    private final ObservableList<PointEntry> ledger = FXCollections.observableArrayList();

    public PointsViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        date.set(LocalDate.now(ctx.services().clock()));
        branch.addListener((o, a, b) -> loadMembers());
    }

    public void loadBranches() {
        if (!branches.isEmpty()) {
            loadPending();
            return;
        }
        for (OrgUnit o : ctx.data().orgTree().all()) {
            if (o.type().isBranchLike() && o.isActive()) {
                branches.add(new BranchOption(o.id(), o.fullName()));
            }
        }
        if (branch.get() == null && !branches.isEmpty()) {
            branch.set(branches.get(0));
        }
    }

    private void loadMembers() {
        BranchOption b = branch.get();
        if (b == null) {
            members.clear();
            return;
        }
        OrgTree tree = ctx.data().orgTree();
        Set<Long> orgs = new HashSet<>();
        orgs.add(b.id());
        tree.childrenOf(b.id()).stream().filter(o -> o.type() == OrgType.GROUP).forEach(o -> orgs.add(o.id()));
        members.setAll(ctx.data().roster().stream().filter(e -> e.isCurrent() && orgs.contains(e.orgId())).toList());
        ledger.clear();
        loadPending();
    }

    private void loadPending() {
        List<Long> ids = members.stream().map(RosterEntry::id).toList();
        if (ids.isEmpty()) {
            pending.clear();
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().points().pending(ids))
                .onSuccess(pending::setAll));
    }

    /** Enters the form's points for every selected member (one activity). */
    public void addForActivity(List<RosterEntry> selected) {
        if (selected.isEmpty()) {
            ctx.dialogs().showError(messages.get("rating.points.noneSelected"));
            return;
        }
        BigDecimal p;
        try {
            p = Scores.parse(points.get());
        } catch (RatingException e) {
            ctx.dialogs().showError(ctx.errors().describe(e));
            return;
        }
        List<Long> ids = selected.stream().map(RosterEntry::id).toList();
        LocalDate d = date.get();
        PointCategory c = category.get();
        String n = note.get();
        String who = enteredBy.get() == null ? "" : enteredBy.get().strip();
        ctx.executor().execute(BackgroundTask.of(x -> ctx.services().rating().points()
                        .addForActivity(ids, d, c, p, n, who))
                .onSuccess(count -> {
                    ctx.dialogs().showInfo(messages.get("rating.points.added", count));
                    loadPending();
                }));
    }

    public void approve(List<PointEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String who = approver.get();
        ctx.executor().execute(BackgroundTask.of(x -> ctx.services().rating().points().approve(entries, who))
                .onSuccess(n -> loadPending()));
    }

    public void showLedger(RosterEntry member) {
        if (member == null) {
            ledger.clear();
            return;
        }
        ctx.executor().execute(BackgroundTask.of(x -> ctx.services().rating().points().ledger(member.id()))
                .onSuccess(ledger::setAll));
    }

    public String memberName(long id) {
        return members.stream().filter(m -> m.id() == id).map(RosterEntry::name).findFirst().orElse("#" + id);
    }

    public GuiContext context() {
        return ctx;
    }

    public ObservableList<BranchOption> branches() {
        return branches;
    }

    public ObjectProperty<BranchOption> branchProperty() {
        return branch;
    }

    public ObservableList<RosterEntry> members() {
        return members;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<PointCategory> categoryProperty() {
        return category;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty enteredByProperty() {
        return enteredBy;
    }

    public StringProperty approverProperty() {
        return approver;
    }

    public ObservableList<PointEntry> pending() {
        return pending;
    }

    public ObservableList<PointEntry> ledger() {
        return ledger;
    }
}
