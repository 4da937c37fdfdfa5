package org.dangjiandesk.logic.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;

/**
 * Member counts per organisation, derived from the roster (never typed): current members of the organisation
 * and everything below it, split into full and probationary.
 */
public final class MemberCounts {

    /** Counts of one organisation's subtree. */
    public record Count(int full, int probationary) {
        public int total() {
            return full + probationary;
        }
    }

    private final Map<Long, Count> subtree;

    private MemberCounts(Map<Long, Count> subtree) {
        this.subtree = subtree;
    }

    public static MemberCounts compute(OrgTree tree, List<RosterEntry> roster) {
        Map<Long, int[]> direct = new HashMap<>();
        for (RosterEntry e : roster) {
            if (e.isCurrent()) {
                int[] c = direct.computeIfAbsent(e.orgId(), k -> new int[2]);
                c[e.category() == MemberCategory.FULL ? 0 : 1]++;
            }
        }
        Map<Long, Count> result = new HashMap<>();
        for (OrgUnit root : tree.roots()) {
            sum(tree, root, direct, result);
        }
        return new MemberCounts(result);
    }

    private static Count sum(OrgTree tree, OrgUnit org, Map<Long, int[]> direct, Map<Long, Count> out) {
        int[] own = direct.getOrDefault(org.id(), new int[2]);
        int full = own[0];
        int prob = own[1];
        for (OrgUnit child : tree.childrenOf(org.id())) {
            Count c = sum(tree, child, direct, out);
            full += c.full();
            prob += c.probationary();
        }
        Count total = new Count(full, prob);
        out.put(org.id(), total);
        return total;
    }

    public Count of(long orgId) {
        return subtree.getOrDefault(orgId, new Count(0, 0));
    }
}
