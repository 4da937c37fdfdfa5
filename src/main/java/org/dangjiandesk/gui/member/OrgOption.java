package org.dangjiandesk.gui.member;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;

/**
 * An organisation as a picker shows it: its name, indented by its depth in the tree. Options are values, so a
 * picker keeps its selection (by equality) when the tree is reloaded.
 */
public record OrgOption(long id, String name, int depth, OrgType type) {

    /** The organisations of the tree that pass {@code include}, depth first from the roots, as the tree shows them. */
    public static List<OrgOption> of(OrgTree tree, Predicate<OrgUnit> include) {
        List<OrgOption> out = new ArrayList<>();
        for (OrgUnit root : tree.roots()) {
            walk(tree, root, 0, include, out);
        }
        return out;
    }

    /** Active organisations a member can be registered in (党支部, 党小组, …). */
    public static List<OrgOption> memberHolders(OrgTree tree) {
        return of(tree, o -> o.isActive() && o.type().holdsMembers());
    }

    private static void walk(OrgTree tree, OrgUnit org, int depth, Predicate<OrgUnit> include, List<OrgOption> out) {
        if (include.test(org)) {
            out.add(new OrgOption(org.id(), org.displayName(), depth, org.type()));
        }
        for (OrgUnit child : tree.childrenOf(org.id())) {
            walk(tree, child, depth + 1, include, out);
        }
    }

    /** The name indented with ideographic spaces, for list cells. */
    public String indented() {
        return "\u3000".repeat(Math.max(0, depth)) + name;
    }

    public static OrgOption find(List<OrgOption> options, Long id) {
        if (id == null) {
            return null;
        }
        for (OrgOption o : options) {
            if (o.id() == id) {
                return o;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
