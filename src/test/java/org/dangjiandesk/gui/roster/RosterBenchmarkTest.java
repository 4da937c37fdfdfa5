package org.dangjiandesk.gui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.dangjiandesk.logic.roster.RosterQuery;
import org.dangjiandesk.logic.roster.RosterSearch;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;

class RosterBenchmarkTest {

    @Test
    void queries_are50RealisticSearches_thatEachFindSomeone() {
        try (TestServices ts = new TestServices()) {
            TestStreet.create(ts.services());
            List<RosterEntry> roster = ts.services().roster().loadRoster();

            List<String> queries = RosterBenchmark.queries(roster, new Random(1));

            assertThat(queries).hasSize(RosterBenchmark.SEARCHES);
            assertThat(queries).anyMatch(q -> q.matches("[a-z]{2,3}"));   // pinyin initials
            assertThat(queries).anyMatch(q -> q.matches("\\p{IsHan}"));   // a surname
            assertThat(queries).anyMatch(q -> q.matches("[0-9X]{4}"));    // ID tail or phone part
            RosterQuery all = RosterQuery.all(TestServices.TODAY);
            for (String q : queries) {
                assertThat(RosterSearch.filter(roster, all.withText(q))).as(q).isNotEmpty();
            }
        }
    }
}
