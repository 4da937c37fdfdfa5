package org.dangjiandesk.logic.org;

import java.util.List;
import java.util.Optional;
import org.dangjiandesk.model.OrgUnit;

/**
 * Which organisations are a community (社区) or village (村): the organisations directly under the street's root
 * whose full name says so, e.g. 中共阳光社区委员会. Everything below one belongs to it; this decides the 5-year term
 * of community organisations and which grids (网格) an organisation can be linked to.
 */
public final class Communities {
    private Communities() {
    }

    /** Whether a name reads as a community or village organisation. */
    public static boolean isCommunityName(String fullName) {
        return fullName != null && (fullName.contains("社区") || fullName.contains("村"));
    }

    /** The community the organisation belongs to (itself when it is one); empty for the root and other units. */
    public static Optional<OrgUnit> communityOf(OrgTree tree, long orgId) {
        List<OrgUnit> path = tree.pathTo(orgId);
        if (path.size() < 2) {
            return Optional.empty();
        }
        OrgUnit top = path.get(1);
        return isCommunityName(top.fullName()) ? Optional.of(top) : Optional.empty();
    }

    public static boolean isInCommunity(OrgTree tree, long orgId) {
        return communityOf(tree, orgId).isPresent();
    }

    /** All communities of the street, active or dissolved, in tree order. */
    public static List<OrgUnit> all(OrgTree tree) {
        return tree.roots().stream()
                .flatMap(root -> tree.childrenOf(root.id()).stream())
                .filter(o -> isCommunityName(o.fullName()))
                .toList();
    }
}
