package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.MemberFacts;
import org.dangjiandesk.model.Place;

/**
 * What every table is computed from, read once: every member's slim facts as they are now, the organisation tree
 * and the places (grids, compounds, buildings). Immutable; a screen keeps one and refreshes its charts from it.
 */
public final class StatsBase {
    private final List<MemberFacts> facts;
    private final Map<Long, Integer> positionOf;
    private final OrgTree tree;
    private final List<Place> places;

    public StatsBase(List<MemberFacts> facts, OrgTree tree, List<Place> places) {
        this.facts = List.copyOf(facts);
        this.tree = tree;
        this.places = List.copyOf(places);
        this.positionOf = new HashMap<>(facts.size() * 2);
        for (int i = 0; i < this.facts.size(); i++) {
            positionOf.put(this.facts.get(i).id(), i);
        }
    }

    public List<MemberFacts> facts() {
        return facts;
    }

    public OrgTree tree() {
        return tree;
    }

    public List<Place> places() {
        return places;
    }

    /**
     * Every member's state at the end of {@code day}: the present state wound back by the events dated after it
     * ({@code eventsAfter}, newest first). A member who joined after the day is never on its roster.
     */
    public List<MemberState> statesAt(LocalDate day, List<MemberEvent> eventsAfter) {
        List<MemberState> states = new ArrayList<>(facts.size());
        for (MemberFacts f : facts) {
            states.add(new MemberState(f));
        }
        for (MemberEvent e : eventsAfter) {
            Integer pos = positionOf.get(e.memberId());
            if (pos != null && e.date().isAfter(day)) {
                StateChanges.undo(states.get(pos), e);
            }
        }
        for (MemberState s : states) {
            if (s.facts.joinedOn() != null && s.facts.joinedOn().isAfter(day)) {
                s.onRoster = false;
            }
        }
        return states;
    }

    /** The state of one member in a list made by {@link #statesAt}. */
    MemberState stateOf(List<MemberState> states, long memberId) {
        Integer pos = positionOf.get(memberId);
        return pos == null ? null : states.get(pos);
    }
}
