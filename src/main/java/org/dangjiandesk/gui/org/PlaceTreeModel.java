package org.dangjiandesk.gui.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.org.Communities;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.org.PlaceService;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;

/**
 * The "网格 / 小区 / 楼栋" part of the organisation screen: each community with its grids, compounds and
 * buildings as a tree, and adding to it.
 */
public final class PlaceTreeModel {

    /** One entry of the place tree: a community (place null) or a place in it. */
    public record PlaceEntry(OrgUnit community, Place place) {
        Object key() {
            return place == null ? "community-" + community.id() : "place-" + place.id();
        }
    }

    private final GuiContext ctx;
    private final ObjectProperty<List<Place>> places = new SimpleObjectProperty<>(List.of());
    private final ReadOnlyObjectWrapper<List<TreeNode<PlaceEntry>>> roots = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<PlaceEntry> selected = new SimpleObjectProperty<>();
    /** The place to show selected after the next rebuild (a place just added). */
    private final ObjectProperty<Long> justAdded = new SimpleObjectProperty<>();

    PlaceTreeModel(GuiContext ctx) {
        this.ctx = ctx;
        ctx.data().orgTreeProperty().addListener((obs, old, now) -> rebuild());
        places.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** Reads the places in the background. */
    void load() {
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().orgs().places().loadPlaces())
                .onSuccess(places::set));
    }

    public ReadOnlyObjectProperty<List<TreeNode<PlaceEntry>>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    /** The entry selected in the place tree (the view keeps it current). */
    public ObjectProperty<PlaceEntry> selectedProperty() {
        return selected;
    }

    /** The id of a place just added (to select it), once; null otherwise. */
    Long takeJustAdded() {
        Long id = justAdded.get();
        justAdded.set(null);
        return id;
    }

    public List<Place> places() {
        return places.get();
    }

    /** Whether a place of this kind can be added under the selected entry. */
    public boolean canAdd(PlaceKind kind) {
        PlaceEntry e = selected.get();
        return e != null && e.community().isActive() && PlaceService.fits(kind, e.place());
    }

    /** Asks for a name and adds a place of {@code kind} under the selected entry. */
    public void add(PlaceKind kind) {
        PlaceEntry parent = selected.get();
        if (parent == null) {
            return;
        }
        String kindName = ctx.messages().label(kind);
        Optional<String> name = ctx.dialogs().askText(ctx.messages().get("place.add.title", kindName),
                ctx.messages().get("place.add.prompt", kindName, label(parent)), "");
        if (name.isEmpty() || name.get().isBlank()) {
            return;
        }
        Long parentId = parent.place() == null ? null : parent.place().id();
        ctx.executor().execute(BackgroundTask.of(p -> {
            Place added = ctx.services().orgs().places().add(parent.community().id(), parentId, kind, name.get());
            return new Added(added, ctx.services().orgs().places().loadPlaces());
        }).onSuccess(result -> {
            justAdded.set(result.place().id());
            places.set(result.all());
        }).onFailure(ctx::showFailure));
    }

    private record Added(Place place, List<Place> all) {
    }

    /** "东区一级网格 · 一级网格 · 阳光社区第一党支部": name, kind, and the organisations organised on it. */
    public String label(PlaceEntry e) {
        if (e.place() == null) {
            return e.community().displayName();
        }
        Place p = e.place();
        StringBuilder sb = new StringBuilder(p.name()).append(" · ").append(kindLabel(p));
        OrgTree tree = ctx.data().orgTree();
        String orgs = tree.all().stream()
                .filter(o -> o.isActive() && p.id().equals(o.placeId()))
                .map(OrgUnit::displayName)
                .collect(Collectors.joining("、"));
        if (!orgs.isEmpty()) {
            sb.append(" · ").append(orgs);
        }
        return sb.toString();
    }

    String kindLabel(Place p) {
        if (p.kind() == PlaceKind.GRID && p.gridLevel() != null) {
            return ctx.messages().get("place.gridLevel." + p.gridLevel());
        }
        return ctx.messages().label(p.kind());
    }

    /** The places of one community in tree order, for linking an organisation to one. */
    List<Place> placesOf(long communityId) {
        List<Place> out = new ArrayList<>();
        Map<Long, List<Place>> children = childrenByParent(communityId);
        addInOrder(children, null, out);
        return out;
    }

    /** "东区一级网格 / 幸福小区 / 3号楼". */
    String pathName(Place place) {
        Map<Long, Place> byId = new HashMap<>();
        for (Place p : places.get()) {
            byId.put(p.id(), p);
        }
        List<String> names = new ArrayList<>();
        Place cur = place;
        while (cur != null && names.size() <= byId.size()) {
            names.add(0, cur.name());
            cur = cur.parentId() == null ? null : byId.get(cur.parentId());
        }
        return String.join(" / ", names);
    }

    private void addInOrder(Map<Long, List<Place>> children, Long parent, List<Place> out) {
        for (Place p : children.getOrDefault(parent, List.of())) {
            out.add(p);
            addInOrder(children, p.id(), out);
        }
    }

    private Map<Long, List<Place>> childrenByParent(long communityId) {
        Map<Long, List<Place>> children = new HashMap<>();
        for (Place p : places.get()) {
            if (p.communityId() != null && p.communityId() == communityId) {
                children.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
            }
        }
        return children;
    }

    private void rebuild() {
        List<TreeNode<PlaceEntry>> result = new ArrayList<>();
        for (OrgUnit community : Communities.all(ctx.data().orgTree())) {
            if (community.isActive()) {
                Map<Long, List<Place>> children = childrenByParent(community.id());
                result.add(new TreeNode<>(new PlaceEntry(community, null), nodes(community, children, null)));
            }
        }
        roots.set(result);
    }

    private List<TreeNode<PlaceEntry>> nodes(OrgUnit community, Map<Long, List<Place>> children, Long parent) {
        List<TreeNode<PlaceEntry>> out = new ArrayList<>();
        for (Place p : children.getOrDefault(parent, List.of())) {
            out.add(new TreeNode<>(new PlaceEntry(community, p), nodes(community, children, p.id())));
        }
        return out;
    }
}
