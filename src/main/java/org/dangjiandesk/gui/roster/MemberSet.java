package org.dangjiandesk.gui.roster;

import java.util.Set;

/**
 * A set of members another screen asks the roster to show (e.g. the members behind a bar of a statistics chart),
 * with a label saying what they are. The roster's own filters still narrow it; clearing the filters drops it.
 */
public record MemberSet(String label, Set<Long> ids) {
    public MemberSet {
        ids = Set.copyOf(ids);
    }
}
