package org.dangjiandesk.gui.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.TreeItem;

/**
 * Brings a {@link TreeItem} hierarchy in line with a fresh list of {@link TreeNode}s, reusing the item of every
 * key it has seen before. Because items live on, their expanded state survives a reload, the tree keeps its
 * scroll position, and a node hidden by a filter comes back as it was.
 */
final class TreeSync<T> {
    private final Function<T, Object> key;
    private final Map<Object, TreeItem<T>> items = new HashMap<>();

    TreeSync(Function<T, Object> key) {
        this.key = key;
    }

    /** Makes {@code root}'s children (recursively) show {@code nodes}. */
    void sync(TreeItem<T> root, List<TreeNode<T>> nodes) {
        Map<Object, TreeItem<T>> wantedParent = new HashMap<>();
        collectParents(root, nodes, wantedParent);
        detachMoved(root, wantedParent);
        apply(root, nodes);
    }

    /** The item shown for a key, if the tree has shown it. */
    TreeItem<T> itemFor(Object k) {
        return items.get(k);
    }

    private void collectParents(TreeItem<T> parent, List<TreeNode<T>> nodes, Map<Object, TreeItem<T>> out) {
        for (TreeNode<T> n : nodes) {
            Object k = key.apply(n.value());
            out.put(k, parent);
            TreeItem<T> item = items.computeIfAbsent(k, x -> new TreeItem<>(n.value()));
            collectParents(item, n.children(), out);
        }
    }

    /** Takes items whose parent changes (or which disappear) out first, so no item sits under two parents. */
    private void detachMoved(TreeItem<T> parent, Map<Object, TreeItem<T>> wantedParent) {
        List<TreeItem<T>> stale = new ArrayList<>();
        for (TreeItem<T> child : parent.getChildren()) {
            if (wantedParent.get(key.apply(child.getValue())) != parent) {
                stale.add(child);
            }
            detachMoved(child, wantedParent);
        }
        parent.getChildren().removeAll(stale);
    }

    private void apply(TreeItem<T> parent, List<TreeNode<T>> nodes) {
        List<TreeItem<T>> wanted = new ArrayList<>(nodes.size());
        for (TreeNode<T> n : nodes) {
            TreeItem<T> item = items.get(key.apply(n.value()));
            if (!Objects.equals(item.getValue(), n.value())) {
                item.setValue(n.value());
            }
            apply(item, n.children());
            wanted.add(item);
        }
        if (!sameItems(parent.getChildren(), wanted)) {
            parent.getChildren().setAll(wanted);
        }
    }

    private static <T> boolean sameItems(List<TreeItem<T>> a, List<TreeItem<T>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
