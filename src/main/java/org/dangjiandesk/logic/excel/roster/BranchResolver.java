package org.dangjiandesk.logic.excel.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjiandesk.logic.excel.Normalizer;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.OrgUnit;

/**
 * Finds the organisation a roster row names in 所在党支部: by full or short name, among active organisations that
 * hold members; inside the {@code under} subtree first, so two communities may both have a 第一党支部.
 */
final class BranchResolver {

    /** The outcome for one name: found, unknown, or ambiguous. */
    record Result(OrgUnit org, boolean ambiguous) {
        boolean found() {
            return org != null;
        }
    }

    private final Map<String, List<OrgUnit>> byName = new HashMap<>();
    private final Set<Long> preferred;

    BranchResolver(OrgTree tree, OrgUnit under) {
        this.preferred = under == null ? Set.of() : tree.subtreeIds(under.id());
        for (OrgUnit o : tree.all()) {
            if (!o.isActive() || !o.type().holdsMembers()) {
                continue;
            }
            add(o.fullName(), o);
            if (o.shortName() != null && !o.shortName().isBlank()) {
                add(o.shortName(), o);
            }
        }
    }

    private void add(String name, OrgUnit o) {
        List<OrgUnit> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(o)) {
            list.add(o);
        }
    }

    Result resolve(String name) {
        List<OrgUnit> all = byName.getOrDefault(key(name), List.of());
        List<OrgUnit> inside = all.stream().filter(o -> preferred.contains(o.id())).toList();
        List<OrgUnit> candidates = inside.isEmpty() ? all : inside;
        if (candidates.size() == 1) {
            return new Result(candidates.get(0), false);
        }
        return new Result(null, candidates.size() > 1);
    }

    static String key(String name) {
        return Normalizer.compact(name);
    }

    static Optional<OrgUnit> findOrg(OrgTree tree, String text) {
        String k = key(text);
        return tree.all().stream()
                .filter(o -> k.equals(key(o.fullName())) || k.equals(key(o.shortName() == null ? "" : o.shortName()))
                        || k.equals(o.orgCode()) || k.equals(String.valueOf(o.id())))
                .findFirst();
    }
}
