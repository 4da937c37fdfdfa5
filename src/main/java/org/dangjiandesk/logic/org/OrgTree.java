package org.dangjiandesk.logic.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjiandesk.model.OrgUnit;

/** An immutable snapshot of the organisation tree, with fast parent/child/subtree look-ups. */
public final class OrgTree {
    private final Map<Long, OrgUnit> byId;
    private final Map<Long, List<OrgUnit>> children;
    private final List<OrgUnit> roots;

    public OrgTree(List<OrgUnit> orgs) {
        this.byId = new LinkedHashMap<>();
        this.children = new HashMap<>();
        List<OrgUnit> rootList = new ArrayList<>();
        for (OrgUnit o : orgs) {
            byId.put(o.id(), o);
        }
        for (OrgUnit o : orgs) {
            if (o.parentId() == null || !byId.containsKey(o.parentId())) {
                rootList.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        this.roots = Collections.unmodifiableList(rootList);
    }

    public List<OrgUnit> roots() {
        return roots;
    }

    public Optional<OrgUnit> find(Long id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public OrgUnit get(long id) {
        OrgUnit o = byId.get(id);
        if (o == null) {
            throw new IllegalArgumentException("no organisation " + id);
        }
        return o;
    }

    public List<OrgUnit> childrenOf(long id) {
        return children.getOrDefault(id, List.of());
    }

    public List<OrgUnit> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** The id and the ids of all descendants. */
    public Set<Long> subtreeIds(long id) {
        Set<Long> ids = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (ids.add(next)) {
                for (OrgUnit c : childrenOf(next)) {
                    todo.push(c.id());
                }
            }
        }
        return ids;
    }

    /** From the root down to the organisation itself. */
    public List<OrgUnit> pathTo(long id) {
        List<OrgUnit> path = new ArrayList<>();
        Optional<OrgUnit> cur = find(id);
        while (cur.isPresent() && path.size() <= byId.size()) {
            path.add(0, cur.get());
            cur = find(cur.get().parentId());
        }
        return path;
    }

    /** The nearest branch-like organisation at or above {@code id} (所在党支部 of a member in a 党小组). */
    public Optional<OrgUnit> branchOf(long id) {
        List<OrgUnit> path = pathTo(id);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).type().isBranchLike()) {
                return Optional.of(path.get(i));
            }
        }
        return Optional.empty();
    }

    /** Names from the root down, joined with " / ", without the root (the street itself). */
    public String pathName(long id) {
        List<OrgUnit> path = pathTo(id);
        StringBuilder sb = new StringBuilder();
        for (int i = path.size() > 1 ? 1 : 0; i < path.size(); i++) {
            if (sb.length() > 0) {
                sb.append(" / ");
            }
            sb.append(path.get(i).displayName());
        }
        return sb.toString();
    }
}
