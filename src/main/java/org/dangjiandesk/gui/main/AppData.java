package org.dangjiandesk.gui.main;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.TaskExecutor;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.org.MemberCounts;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.RosterEntry;

/**
 * What several screens show at once, loaded once and kept current: the organisation tree, every member's slim
 * roster row, and the member counts derived from both. Screens observe it; after a save they call
 * {@link #replaceEntry} or {@link #reloadTree} instead of reloading everything.
 */
public final class AppData {
    /** Rows shown before the whole roster is in: more than a screenful. */
    public static final int FIRST_PAGE = 200;

    private final Services services;
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final TaskExecutor executor;
    private final ObjectProperty<OrgTree> orgTree = new SimpleObjectProperty<>(new OrgTree(List.of()));
    private final ObservableList<RosterEntry> roster = FXCollections.observableArrayList();
    private final ObjectProperty<MemberCounts> counts =
            new SimpleObjectProperty<>(MemberCounts.compute(new OrgTree(List.of()), List.of()));

    public AppData(Services services, TaskExecutor executor) {
        this.services = services;
        this.executor = executor;
    }

    /** Loads tree and roster in the background; {@code then} runs on the FX thread afterwards. */
    public void loadAll(Runnable then) {
        loadAll(() -> { }, then);
    }

    /**
     * Loads in two steps so the window is useful at once: the tree and the first page of the roster (read in
     * order along an index, fast at any size), then the whole roster. {@code firstPage} runs on the FX thread when
     * the first rows are in, {@code then} when everything is.
     */
    public void loadAll(Runnable firstPage, Runnable then) {
        loading.set(true);
        executor.execute(BackgroundTask.of(p -> new Loaded(services.orgs().loadTree(),
                        services.roster().firstPage(FIRST_PAGE)))
                .title(services.messages().get("status.loading"))
                .onSuccess(first -> {
                    showFirstPage(first.tree(), first.roster());
                    firstPage.run();
                    loadRest(then);
                }));
    }

    /**
     * Shows the tree and the roster's first page read elsewhere (at start-up, right after the database opened);
     * {@link #loadRest} must follow.
     */
    public void showFirstPage(OrgTree tree, List<RosterEntry> firstPage) {
        loading.set(true);
        orgTree.set(tree);
        roster.setAll(firstPage);
    }

    /** Reads the whole roster in the background after its first page; {@code then} runs on the FX thread. */
    public void loadRest(Runnable then) {
        loading.set(true);
        executor.execute(BackgroundTask.of(p -> services.roster().loadRoster())
                .title(services.messages().get("status.loading"))
                .onSuccess(all -> {
                    roster.setAll(all);
                    loading.set(false);
                    recount();
                    then.run();
                }));
    }

    /**
     * Reads tree and roster again (other clerks' changes on a shared database) and swaps them in one step; skipped
     * while a load is running. The roster view keeps its selection by member id across the swap.
     */
    public void refresh(Runnable then) {
        if (loading.get()) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> new Loaded(services.orgs().loadTree(), services.roster().loadRoster()))
                .onSuccess(fresh -> {
                    orgTree.set(fresh.tree());
                    if (!fresh.roster().equals(roster)) {
                        roster.setAll(fresh.roster());
                    }
                    recount();
                    then.run();
                }));
    }

    /** True while the whole roster is still being read (only its first page is in). */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void reloadTree() {
        executor.execute(BackgroundTask.of(p -> services.orgs().loadTree())
                .onSuccess(tree -> {
                    orgTree.set(tree);
                    recount();
                }));
    }

    /**
     * Puts a saved member's fresh row in its place (or adds it), keeping the list in 姓氏笔画 order: a renamed
     * member moves to where the new name sorts.
     */
    public void replaceEntry(RosterEntry entry) {
        for (int i = 0; i < roster.size(); i++) {
            if (roster.get(i).id() == entry.id()) {
                if (ORDER.compare(roster.get(i), entry) == 0
                        || ((i == 0 || ORDER.compare(roster.get(i - 1), entry) <= 0)
                        && (i == roster.size() - 1 || ORDER.compare(entry, roster.get(i + 1)) <= 0))) {
                    roster.set(i, entry);
                    recount();
                    return;
                }
                roster.remove(i);
                break;
            }
        }
        int pos = java.util.Collections.binarySearch(roster, entry, ORDER);
        roster.add(pos < 0 ? -pos - 1 : pos, entry);
        recount();
    }

    /** The roster's order: sort key, then id (as the database delivers it). */
    private static final java.util.Comparator<RosterEntry> ORDER = java.util.Comparator
            .comparing((RosterEntry e) -> e.nameKeys().strokeSortKey()).thenComparingLong(RosterEntry::id);

    private void recount() {
        counts.set(MemberCounts.compute(orgTree.get(), roster));
    }

    public ReadOnlyObjectProperty<OrgTree> orgTreeProperty() {
        return orgTree;
    }

    public OrgTree orgTree() {
        return orgTree.get();
    }

    /** All members, current and departed, in 姓氏笔画 order. Modify only through this class. */
    public ObservableList<RosterEntry> roster() {
        return roster;
    }

    public ReadOnlyObjectProperty<MemberCounts> countsProperty() {
        return counts;
    }

    private record Loaded(OrgTree tree, List<RosterEntry> roster) {
    }
}
