package org.dangjiandesk.gui.org;

import java.util.List;

/** One node of a tree as a view-model wants it shown: a value and its visible children. */
public record TreeNode<T>(T value, List<TreeNode<T>> children) {
    public TreeNode {
        children = List.copyOf(children);
    }
}
