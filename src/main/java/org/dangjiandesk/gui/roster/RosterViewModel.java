package org.dangjiandesk.gui.roster;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.logic.roster.RosterFlag;
import org.dangjiandesk.logic.roster.RosterIndex;
import org.dangjiandesk.logic.roster.RosterSearch;
import org.dangjiandesk.logic.roster.RosterQuery;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterEntry;

/**
 * State of the roster screen (党员花名册): the search text and filters, and the members that match them out of
 * the shared in-memory roster ({@code AppData.roster()}, already in 姓氏笔画 order). Every change of the search
 * or a filter scans a {@link RosterIndex} of the roster on the FX thread and swaps the shown list in one step;
 * nothing here touches the database; only building the index runs in the background. (Scanning the row objects themselves through a FilteredList and SortedList
 * measured 20–40 ms a search at 100,000 members; the index takes a few.) Labels the table shows are cached,
 * because sorting a column asks for them on every comparison.
 */
public final class RosterViewModel {
    private final GuiContext ctx;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Long> orgFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<MemberCategory> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<PartyStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RosterFlag> flagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeBand> ageBandFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showDeparted = new SimpleBooleanProperty(false);
    private final ObjectProperty<MemberSet> memberSet = new SimpleObjectProperty<>();
    private final ObjectProperty<RosterEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<OrgOption> orgOptions = FXCollections.observableArrayList();
    private final ObservableList<RosterEntry> shown = FXCollections.observableArrayList();
    private Comparator<RosterEntry> order;
    /** Null while it is being (re)built after the roster changed; searches scan the rows meanwhile. */
    private RosterIndex index;
    private int rosterVersion;
    private final StringBinding resultCountText;
    private final ExportColumnsViewModel exportColumns = new ExportColumnsViewModel();

    private final Map<Long, String> orgLabels = new HashMap<>();
    private final Map<Long, Integer> orgOrder = new HashMap<>();
    private final Map<String, String> ethnicityLabels;
    private final Map<String, String> educationLabels;
    private final Map<Enum<?>, String> enumLabels = new HashMap<>();
    private final Map<RosterFlag, String> flagShortLabels = new EnumMap<>(RosterFlag.class);

    public RosterViewModel(GuiContext ctx) {
        this.ctx = ctx;
        CodeLists codes = ctx.services().codes();
        this.ethnicityLabels = labels(codes.items(CodeCategory.ETHNICITY));
        this.educationLabels = labels(codes.items(CodeCategory.EDUCATION));
        for (RosterFlag f : RosterFlag.values()) {
            flagShortLabels.put(f, ctx.messages().get("roster.flag.short." + f.name()));
        }
        this.resultCountText = Bindings.createStringBinding(
                () -> memberSet.get() == null ? ctx.messages().get("roster.resultCount", shown.size())
                        : ctx.messages().get("roster.resultCount.set", memberSet.get().label(), shown.size()),
                shown, memberSet);

        InvalidationListener refilter = o -> refilter();
        searchText.addListener(refilter);
        orgFilter.addListener(refilter);
        categoryFilter.addListener(refilter);
        statusFilter.addListener(refilter);
        flagFilter.addListener(refilter);
        ageBandFilter.addListener(refilter);
        showDeparted.addListener(refilter);
        memberSet.addListener(refilter);
        ctx.data().orgTreeProperty().addListener(o -> treeChanged());
        ctx.data().roster().addListener((InvalidationListener) o -> rosterChanged()); // loaded, or a member saved
        treeChanged();
        rosterChanged();
    }

    private static Map<String, String> labels(List<CodeItem> items) {
        Map<String, String> map = new HashMap<>();
        for (CodeItem i : items) {
            map.put(i.code(), i.label());
        }
        return map;
    }

    private void treeChanged() {
        orgLabels.clear();
        OrgTree tree = ctx.data().orgTree();
        orgOptions.setAll(OrgOption.of(tree, o -> true));
        orgOrder.clear();
        for (int i = 0; i < orgOptions.size(); i++) {
            orgOrder.put(orgOptions.get(i).id(), i);
        }
        if (orgFilter.get() != null && tree.find(orgFilter.get()).isEmpty()) {
            orgFilter.set(null); // refilters
        } else {
            refilter(); // the subtree of the chosen organisation may have changed
        }
    }

    /** What the clerk asked for, as a roster query. */
    public RosterQuery query() {
        Long org = orgFilter.get();
        Set<Long> orgIds = org == null ? null : ctx.data().orgTree().subtreeIds(org);
        Set<RosterFlag> flags = flagFilter.get() == null ? Set.of() : Set.of(flagFilter.get());
        return new RosterQuery(searchText.get(), orgIds, categoryFilter.get(), statusFilter.get(), flags,
                ageBandFilter.get(), today(), showDeparted.get());
    }

    /**
     * The roster was loaded or a member saved: show the change at once (scanning the rows), and build a new index
     * in the background. Building touches every field of every row (a few hundred milliseconds at 100,000), which
     * must not hold up the window after each save.
     */
    private void rosterChanged() {
        index = null;
        int version = ++rosterVersion;
        List<RosterEntry> snapshot = List.copyOf(ctx.data().roster());
        refilter();
        LocalDate today = today();
        ctx.executor().execute(BackgroundTask.of(p -> RosterIndex.of(snapshot).warmedUp(today)).onSuccess(built -> {
            if (version == rosterVersion) { // otherwise the roster changed again meanwhile
                index = built;
            }
        }));
    }

    private void refilter() {
        RosterQuery q = query();
        List<RosterEntry> result = index != null ? index.filter(q) : RosterSearch.filter(ctx.data().roster(), q);
        if (memberSet.get() != null) {
            Set<Long> ids = memberSet.get().ids();
            result.removeIf(e -> !ids.contains(e.id()));
        }
        if (order != null) {
            result.sort(order);
        }
        shown.setAll(result);
    }

    /** Orders the shown members (a column header was clicked); null goes back to the 姓氏笔画 order. */
    public void sortBy(Comparator<RosterEntry> comparator) {
        order = comparator;
        if (comparator == null) {
            refilter();
        } else {
            FXCollections.sort(shown, comparator);
        }
    }

    /** Back to the whole current roster: no search text, no filters, departed members hidden. */
    public void clearFilters() {
        searchText.set("");
        orgFilter.set(null);
        categoryFilter.set(null);
        statusFilter.set(null);
        flagFilter.set(null);
        ageBandFilter.set(null);
        showDeparted.set(false);
        memberSet.set(null);
    }

    /** Shows only these members (filters cleared first), e.g. those behind a bar of a statistics chart. */
    public void showOnly(MemberSet set) {
        clearFilters();
        memberSet.set(set);
    }

    public ObjectProperty<MemberSet> memberSetProperty() {
        return memberSet;
    }

    public LocalDate today() {
        return LocalDate.now(ctx.services().clock());
    }

    // --- labels for the table (cached; sorting asks for them on every comparison) ---

    /** 出生日期/年龄: "1965-03-12（61）". */
    public String birthAndAge(LocalDate birth) {
        return messages().get("roster.birthAndAge", birth.toString(), Period.between(birth, today()).getYears());
    }

    private org.dangjiandesk.logic.i18n.Messages messages() {
        return ctx.messages();
    }

    /** 所在党支部: the branch's name; for a member of a 党小组 "branch · group". */
    public String orgLabel(long orgId) {
        return orgLabels.computeIfAbsent(orgId, this::computeOrgLabel);
    }

    private String computeOrgLabel(long orgId) {
        OrgTree tree = ctx.data().orgTree();
        return tree.find(orgId).map(org -> {
            if (org.type() == OrgType.GROUP) {
                return tree.branchOf(orgId).map(b -> b.displayName() + " · " + org.displayName())
                        .orElse(org.displayName());
            }
            return org.displayName();
        }).orElse("");
    }

    /** Position of an organisation in the tree (depth first), for sorting by 所在党支部 as the tree reads. */
    public int orgOrder(long orgId) {
        return orgOrder.getOrDefault(orgId, Integer.MAX_VALUE);
    }

    public String ethnicityLabel(String code) {
        return code == null ? "" : ethnicityLabels.getOrDefault(code, code);
    }

    public String educationLabel(String code) {
        return code == null ? "" : educationLabels.getOrDefault(code, code);
    }

    public String label(Enum<?> value) {
        return value == null ? "" : enumLabels.computeIfAbsent(value, v -> ctx.messages().label(v));
    }

    /** The flags set on a member, short: "失联 流动". */
    public String flagsText(RosterEntry e) {
        StringBuilder sb = new StringBuilder();
        for (RosterFlag f : RosterFlag.values()) {
            if (f.isSet(e)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(flagShortLabels.get(f));
            }
        }
        return sb.toString();
    }

    /** 党籍状态 as the table shows it: 正常 / 停止党籍, or 已离开 for a departed member. */
    public String statusText(RosterEntry e) {
        return e.isCurrent() ? label(e.partyStatus()) : label(e.rosterState());
    }

    // --- properties ---

    public GuiContext context() {
        return ctx;
    }

    /** The members that match, in 姓氏笔画 order or as last sorted by {@link #sortBy}. */
    public ObservableList<RosterEntry> shown() {
        return shown;
    }

    /** "共 N 人". */
    public StringBinding resultCountText() {
        return resultCountText;
    }

    public ObservableList<OrgOption> orgOptions() {
        return orgOptions;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The chosen organisation (its whole subtree is shown), or null for all. */
    public ObjectProperty<Long> orgFilterProperty() {
        return orgFilter;
    }

    public ObjectProperty<MemberCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<PartyStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<RosterFlag> flagFilterProperty() {
        return flagFilter;
    }

    public ObjectProperty<AgeBand> ageBandFilterProperty() {
        return ageBandFilter;
    }

    public BooleanProperty showDepartedProperty() {
        return showDeparted;
    }

    /** The member the clerk selected in the table. */
    public ObjectProperty<RosterEntry> selectedProperty() {
        return selected;
    }

    public BooleanBinding nothingSelected() {
        return selected.isNull();
    }

    /** The columns the next export writes (the national 16 items until the clerk chooses others). */
    public ExportColumnsViewModel exportColumns() {
        return exportColumns;
    }

    /**
     * Writes the rows the table shows now to an .xlsx file with the chosen columns, ID numbers and phones masked
     * (roles that may see them in full come with the security work).
     */
    public void exportShown(java.nio.file.Path file) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (RosterEntry e : shown()) {
            ids.add(e.id());
        }
        var services = ctx.services();
        String unit = ctx.data().orgTree().roots().stream().findFirst().map(o -> o.fullName()).orElse("");
        ctx.executor().execute(org.dangjiandesk.gui.util.BackgroundTask.of(p -> services.excel().rosterExport()
                        .export(file, new org.dangjiandesk.logic.excel.roster.RosterExportRequest(
                                exportColumns.columnsInOrder(), ids, false,
                                unit, today()), org.dangjiandesk.gui.util.Progresses.of(p,
                                ctx.messages().get("roster.exporting"))))
                .title(ctx.messages().get("roster.exporting"))
                .onSuccess(n -> ctx.dialogs().showInfo(ctx.messages().get("cli.export.done", n, file)))
                .onFailure(ctx::showFailure));
    }
}
