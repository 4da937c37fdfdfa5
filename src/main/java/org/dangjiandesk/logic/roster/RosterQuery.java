package org.dangjiandesk.logic.roster;

import java.time.LocalDate;
import java.util.Set;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;

/**
 * What the clerk asked the roster for. Null or empty parts do not filter. {@code orgIds} is the whole subtree of
 * the chosen organisation (see {@code OrgTree#subtreeIds}).
 */
public record RosterQuery(
        String text,
        Set<Long> orgIds,
        MemberCategory category,
        PartyStatus partyStatus,
        Set<RosterFlag> flags,
        AgeBand ageBand,
        LocalDate ageOn,
        boolean includeLeft) {

    public static RosterQuery all(LocalDate today) {
        return new RosterQuery(null, null, null, null, Set.of(), null, today, false);
    }

    public RosterQuery withText(String newText) {
        return new RosterQuery(newText, orgIds, category, partyStatus, flags, ageBand, ageOn, includeLeft);
    }
}
