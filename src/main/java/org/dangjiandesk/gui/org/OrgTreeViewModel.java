package org.dangjiandesk.gui.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.Communities;
import org.dangjiandesk.logic.org.MemberCounts;
import org.dangjiandesk.logic.org.OrgRules;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;

/**
 * State of the organisation screen (组织架构): the visible tree (filtered, with or without dissolved
 * organisations), the selected organisation with its editable form, counts and rule warnings, and the actions
 * add, move, 撤销 and save. Everything that touches the database runs on the executor; afterwards the shared tree
 * is reloaded.
 */
public final class OrgTreeViewModel {
    /** Stands for "no place" in the place choice. */
    public static final Place NO_PLACE = new Place(null, null, null, "", null, null);

    private final GuiContext ctx;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<TreeNode<OrgUnit>>> visibleRoots =
            new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showDissolved = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<OrgUnit> selected = new ReadOnlyObjectWrapper<>();
    private final OrgDetailsForm form;
    private final PlaceTreeModel places;
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fullCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper probationaryCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper parentName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper typeName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dissolvedOn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dissolvedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedNote = new ReadOnlyStringWrapper("");
    private final ObservableList<Place> placeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Place> linkedPlace = new SimpleObjectProperty<>(NO_PLACE);
    private final BooleanBinding hasSelection;
    private final BooleanBinding selectionActive;
    private final BooleanBinding selectionDissolved;
    private final BooleanBinding canMove;
    private final BooleanBinding canAddChild;
    private final BooleanBinding canSave;
    private final BooleanBinding canLinkPlace;
    private final BooleanBinding branchSelected;
    private LocalDate proposedEnd;
    /** An organisation just added, to select once the reloaded tree holds it. */
    private Long pendingSelection;
    private boolean syncingPlace;

    public OrgTreeViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.form = new OrgDetailsForm(messages);
        this.places = new PlaceTreeModel(ctx);
        hasSelection = selected.isNotNull();
        selectionActive = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isActive(),
                selected);
        selectionDissolved = Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().isActive(), selected);
        canMove = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isActive()
                && selected.get().parentId() != null, selected);
        canAddChild = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isActive()
                && !selected.get().type().allowedChildren().isEmpty(), selected);
        canSave = selectionActive.and(form.dirtyProperty());
        branchSelected = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().type().isBranchLike(), selected);
        canLinkPlace = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isActive()
                && (selected.get().type().isBranchLike() || selected.get().type() == OrgType.GROUP)
                && placeChoices.size() > 1, selected, placeChoices);

        ctx.data().orgTreeProperty().addListener((obs, old, now) -> treeChanged());
        ctx.data().countsProperty().addListener((obs, old, now) -> refreshFigures());
        filter.addListener((obs, old, now) -> rebuild());
        showDissolved.addListener((obs, old, now) -> rebuild());
        form.termStartProperty().addListener((obs, old, now) -> proposeTermEnd(now));
        places.rootsProperty().addListener((obs, old, now) -> refreshPlaceChoices());
        form.placeIdProperty().addListener((obs, old, now) -> syncLinkedPlace());
        linkedPlace.addListener((obs, old, now) -> {
            if (!syncingPlace) {
                form.placeIdProperty().set(now == null || now == NO_PLACE ? null : now.id());
            }
        });
        rebuild();
        places.load();
    }

    // ---- the tree ----

    public ReadOnlyObjectProperty<List<TreeNode<OrgUnit>>> visibleRootsProperty() {
        return visibleRoots.getReadOnlyProperty();
    }

    /** Text that narrows the tree to organisations whose name contains it (and their parents). */
    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showDissolvedProperty() {
        return showDissolved;
    }

    /** Counts change with every roster save: the tree then re-reads its labels. */
    public ReadOnlyObjectProperty<MemberCounts> countsProperty() {
        return ctx.data().countsProperty();
    }

    /** "阳光社区第一党支部 · 党支部 · 23人"; a dissolved one says 已撤销 instead of the count. */
    public String label(OrgUnit org) {
        String type = messages.label(org.type());
        if (!org.isActive()) {
            return messages.get("org.tree.dissolvedLabel", org.displayName(), type);
        }
        return messages.get("org.tree.label", org.displayName(), type,
                ctx.data().countsProperty().get().of(org.id()).total());
    }

    public boolean isFiltering() {
        return !normalisedFilter().isEmpty();
    }

    private void treeChanged() {
        rebuild();
        if (pendingSelection != null && ctx.data().orgTree().find(pendingSelection).isPresent()) {
            Long id = pendingSelection;
            pendingSelection = null;
            select(id);
        }
        OrgUnit current = selected.get();
        if (current != null) {
            Optional<OrgUnit> fresh = ctx.data().orgTree().find(current.id());
            if (fresh.isEmpty()) {
                select(null);
                return;
            }
            selected.set(fresh.get());
            if (!form.isDirty()) {
                form.load(fresh.get());
            }
        }
        refreshFigures();
        refreshPlaceChoices();
    }

    private void rebuild() {
        OrgTree tree = ctx.data().orgTree();
        String f = normalisedFilter();
        List<TreeNode<OrgUnit>> roots = new ArrayList<>();
        for (OrgUnit root : tree.roots()) {
            node(tree, root, f).ifPresent(roots::add);
        }
        visibleRoots.set(roots);
    }

    private Optional<TreeNode<OrgUnit>> node(OrgTree tree, OrgUnit org, String f) {
        if (!org.isActive() && !showDissolved.get()) {
            return Optional.empty();
        }
        List<TreeNode<OrgUnit>> children = new ArrayList<>();
        for (OrgUnit child : tree.childrenOf(org.id())) {
            node(tree, child, f).ifPresent(children::add);
        }
        if (!f.isEmpty() && children.isEmpty() && !matches(org, f)) {
            return Optional.empty();
        }
        return Optional.of(new TreeNode<>(org, children));
    }

    /** Whether the organisation's own name matches the filter. */
    public boolean matchesFilter(OrgUnit org) {
        String f = normalisedFilter();
        return !f.isEmpty() && matches(org, f);
    }

    private static boolean matches(OrgUnit org, String f) {
        return contains(org.fullName(), f) || contains(org.shortName(), f);
    }

    private static boolean contains(String s, String f) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(f);
    }

    private String normalisedFilter() {
        String f = filter.get();
        return f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
    }

    // ---- selection and details ----

    public ReadOnlyObjectProperty<OrgUnit> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /**
     * Shows an organisation's details (null: none). Unsaved edits of the previous one are saved first when the
     * user agrees, otherwise dropped.
     */
    public void select(Long orgId) {
        OrgUnit current = selected.get();
        if (current != null && orgId != null && current.id().equals(orgId)) {
            return;
        }
        if (current != null && form.isDirty() && current.isActive()
                && ctx.dialogs().confirm(messages.get("org.confirm.saveChanges", current.displayName()))) {
            save();
        }
        savedNote.set("");
        OrgUnit next = orgId == null ? null : ctx.data().orgTree().find(orgId).orElse(null);
        selected.set(next);
        if (next == null) {
            form.clear();
        } else {
            form.load(next);
        }
        refreshFigures();
        refreshPlaceChoices();
    }

    public OrgDetailsForm form() {
        return form;
    }

    public PlaceTreeModel places() {
        return places;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty fullCountProperty() {
        return fullCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty probationaryCountProperty() {
        return probationaryCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty parentNameProperty() {
        return parentName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typeNameProperty() {
        return typeName.getReadOnlyProperty();
    }

    /** 正常 or 已撤销. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The 撤销日期 of a dissolved organisation, else empty. */
    public ReadOnlyStringProperty dissolvedOnProperty() {
        return dissolvedOn.getReadOnlyProperty();
    }

    /** The 撤销原因 of a dissolved organisation, else empty. */
    public ReadOnlyStringProperty dissolvedReasonProperty() {
        return dissolvedReason.getReadOnlyProperty();
    }

    /** A dissolved organisation is selected: its form is read-only and shows date and reason. */
    public BooleanBinding selectionDissolvedProperty() {
        return selectionDissolved;
    }

    /** "按规定每届任期 3 年". */
    public ReadOnlyStringProperty termHintProperty() {
        return termHint.getReadOnlyProperty();
    }

    /** "已保存" after a save, until the next change of selection. */
    public ReadOnlyStringProperty savedNoteProperty() {
        return savedNote.getReadOnlyProperty();
    }

    public ObservableList<Place> placeChoices() {
        return placeChoices;
    }

    /** The place the selected organisation is organised on, {@link #NO_PLACE} for none. */
    public ObjectProperty<Place> linkedPlaceProperty() {
        return linkedPlace;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** A selected organisation that is not dissolved: it can be edited, get children and be dissolved. */
    public BooleanBinding selectionActiveProperty() {
        return selectionActive;
    }

    public BooleanBinding canMoveProperty() {
        return canMove;
    }

    public BooleanBinding canAddChildProperty() {
        return canAddChild;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** A 党支部 (also 联合/临时) is selected: only a branch chooses whether it has a committee. */
    public BooleanBinding branchSelectedProperty() {
        return branchSelected;
    }

    public BooleanBinding canLinkPlaceProperty() {
        return canLinkPlace;
    }

    /** How a place reads in the choice: its path in the community, or （无）. */
    public String placeLabel(Place p) {
        if (p == null || p == NO_PLACE) {
            return messages.get("common.none");
        }
        return places.pathName(p) + " · " + places.kindLabel(p);
    }

    private void refreshFigures() {
        OrgUnit org = selected.get();
        warnings.clear();
        if (org == null) {
            fullCount.set("");
            probationaryCount.set("");
            totalCount.set("");
            parentName.set("");
            typeName.set("");
            statusText.set("");
            dissolvedOn.set("");
            dissolvedReason.set("");
            termHint.set("");
            return;
        }
        MemberCounts counts = ctx.data().countsProperty().get();
        MemberCounts.Count c = counts.of(org.id());
        fullCount.set(messages.get("org.count.full", c.full()));
        probationaryCount.set(messages.get("org.count.probationary", c.probationary()));
        totalCount.set(messages.get("org.count.total", c.total()));
        OrgTree tree = ctx.data().orgTree();
        parentName.set(tree.find(org.parentId()).map(OrgUnit::fullName).orElse(messages.get("common.none")));
        typeName.set(messages.label(org.type()));
        statusText.set(messages.label(org.status()));
        dissolvedOn.set(org.dissolvedOn() == null ? "" : org.dissolvedOn().toString());
        dissolvedReason.set(org.dissolvedReason() == null ? "" : org.dissolvedReason());
        termHint.set(messages.get("org.term.hint", termYears(org)));
        for (var w : ctx.services().orgs().warnings(org, counts)) {
            warnings.add(messages.get(w.messageKey(), w.args().toArray()));
        }
    }

    private int termYears(OrgUnit org) {
        return OrgRules.termYears(org.type(), Communities.isInCommunity(ctx.data().orgTree(), org.id()));
    }

    /** On a new 换届日期, proposes the 届满日期 unless the user has typed one of their own. */
    private void proposeTermEnd(LocalDate start) {
        OrgUnit org = selected.get();
        if (form.isLoading() || org == null || start == null) {
            proposedEnd = null;
            return;
        }
        LocalDate end = form.termEndProperty().get();
        if (end == null || end.equals(proposedEnd)) {
            proposedEnd = OrgRules.proposedTermEnd(org.type(),
                    Communities.isInCommunity(ctx.data().orgTree(), org.id()), start);
            form.termEndProperty().set(proposedEnd);
        }
    }

    private void refreshPlaceChoices() {
        OrgUnit org = selected.get();
        List<Place> choices = new ArrayList<>();
        choices.add(NO_PLACE);
        if (org != null) {
            Communities.communityOf(ctx.data().orgTree(), org.id())
                    .ifPresent(c -> choices.addAll(places.placesOf(c.id())));
        }
        syncingPlace = true;
        try {
            placeChoices.setAll(choices);
        } finally {
            syncingPlace = false;
        }
        syncLinkedPlace();
    }

    private void syncLinkedPlace() {
        Long id = form.placeIdProperty().get();
        Place p = id == null ? NO_PLACE
                : places.places().stream().filter(x -> x.id().equals(id)).findFirst().orElse(NO_PLACE);
        syncingPlace = true;
        try {
            linkedPlace.set(p);
        } finally {
            syncingPlace = false;
        }
    }

    // ---- actions ----

    /** Saves the form of the selected organisation. */
    public void save() {
        OrgUnit org = selected.get();
        if (org == null || !form.isDirty()) {
            return;
        }
        String codeError = form.orgCodeErrorProperty().get();
        if (!codeError.isEmpty()) {
            ctx.dialogs().showError(codeError);
            return;
        }
        OrgUnit base = ctx.data().orgTree().find(org.id()).orElse(org);
        OrgUnit edited = form.toOrgUnit(base);
        // the form counts as saved while the save runs, so moving on does not offer to save it twice
        form.load(edited);
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().orgs().update(edited))
                .title(messages.get("org.status.saving"))
                .onSuccess(saved -> {
                    if (isShown(saved.id()) && !form.isDirty()) {
                        form.load(saved);
                        savedNote.set(messages.get("org.saved"));
                    }
                    ctx.data().reloadTree();
                })
                .onFailure(t -> {
                    ctx.showFailure(t);
                    if (!isShown(edited.id())) {
                        select(edited.id());
                    }
                    // bring the edits back, unsaved, so they are not lost
                    form.loadEdits(base, edited);
                }));
    }

    private boolean isShown(Long orgId) {
        return selected.get() != null && selected.get().id().equals(orgId);
    }

    /** Kinds of organisation that can be added under the selected one. */
    public List<OrgType> childTypes() {
        OrgUnit org = selected.get();
        if (org == null || !org.isActive()) {
            return List.of();
        }
        return List.copyOf(org.type().allowedChildren());
    }

    /** Adds an organisation under the selected one and selects it. */
    public void addChild(OrgType type, String fullName, String shortName) {
        OrgUnit parent = selected.get();
        if (parent == null) {
            return;
        }
        OrgUnit fresh = OrgUnit.create(parent.id(), type, fullName == null ? null : fullName.strip());
        if (shortName != null && !shortName.isBlank()) {
            fresh = fresh.withDetails(shortName.strip(), null, null, null);
        }
        OrgUnit toAdd = fresh;
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().orgs().add(toAdd))
                .onSuccess(added -> {
                    // the reload may finish later (it runs on the executor): select when the tree has it
                    pendingSelection = added.id();
                    ctx.data().reloadTree();
                })
                .onFailure(ctx::showFailure));
    }

    /** Organisations the selected one may be moved under (active, of a fitting type, not inside itself). */
    public List<OrgUnit> moveTargets() {
        OrgUnit org = selected.get();
        if (org == null) {
            return List.of();
        }
        OrgTree tree = ctx.data().orgTree();
        var own = tree.subtreeIds(org.id());
        List<OrgUnit> targets = new ArrayList<>();
        collectTargets(tree, tree.roots(), org, own, targets);
        return targets;
    }

    private void collectTargets(OrgTree tree, List<OrgUnit> level, OrgUnit org, java.util.Set<Long> own,
            List<OrgUnit> out) {
        for (OrgUnit o : level) {
            if (o.isActive() && !own.contains(o.id()) && !o.id().equals(org.parentId())
                    && o.type().allowedChildren().contains(org.type())) {
                out.add(o);
            }
            collectTargets(tree, tree.childrenOf(o.id()), org, own, out);
        }
    }

    /** "阳光社区 / 第一党支部": where an organisation sits, for choosing a move target. */
    public String pathName(OrgUnit org) {
        OrgTree tree = ctx.data().orgTree();
        String path = tree.pathName(org.id());
        return path.isEmpty() ? org.displayName() : path;
    }

    /**
     * Moves an organisation under a new parent after the user confirms; a move the rules refuse is explained.
     */
    public void move(long orgId, long newParentId) {
        OrgTree tree = ctx.data().orgTree();
        Optional<OrgUnit> org = tree.find(orgId);
        Optional<OrgUnit> parent = tree.find(newParentId);
        if (org.isEmpty() || parent.isEmpty() || orgId == newParentId
                || Long.valueOf(newParentId).equals(org.get().parentId())) {
            return;
        }
        if (!ctx.dialogs().confirm(messages.get("org.confirm.move", org.get().displayName(),
                parent.get().displayName()))) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().orgs().move(orgId, newParentId))
                .onSuccess(moved -> ctx.data().reloadTree())
                .onFailure(ctx::showFailure));
    }

    /** Today by the services' clock: the default 撤销日期. */
    public LocalDate today() {
        return LocalDate.now(ctx.services().clock());
    }

    /**
     * Checks before asking for date and reason whether the selected organisation can be dissolved at all; shows
     * why not (members or active sub-organisations remain) and returns false then.
     */
    public boolean checkDissolvable() {
        OrgUnit org = selected.get();
        if (org == null || !org.isActive()) {
            return false;
        }
        OrgTree tree = ctx.data().orgTree();
        if (tree.childrenOf(org.id()).stream().anyMatch(OrgUnit::isActive)) {
            ctx.dialogs().showError(messages.get("org.error.hasActiveChildren"));
            return false;
        }
        int members = ctx.data().countsProperty().get().of(org.id()).total();
        if (members > 0) {
            ctx.dialogs().showError(messages.get("org.error.hasMembers", members));
            return false;
        }
        return true;
    }

    /** 撤销 of the selected organisation; the row stays, with date and reason. */
    public void dissolve(LocalDate on, String reason) {
        OrgUnit org = selected.get();
        if (org == null) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().orgs().dissolve(org.id(), on, reason))
                .onSuccess(done -> {
                    ctx.data().reloadTree();
                    select(done.parentId());
                    ctx.dialogs().showInfo(messages.get("org.dissolved", done.fullName()));
                })
                .onFailure(ctx::showFailure));
    }

    public Messages messages() {
        return messages;
    }
}
