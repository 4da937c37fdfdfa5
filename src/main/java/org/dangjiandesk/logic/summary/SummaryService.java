package org.dangjiandesk.logic.summary;

import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.MemberRepository;

/** Counts for the {@code info} command and status displays, computed by the database (fast at any size). */
public final class SummaryService {
    private final DataStore store;

    public SummaryService(DataStore store) {
        this.store = store;
    }

    public DataSummary summary() {
        return store.read(r -> {
            MemberRepository.MemberCounts members = r.members().counts();
            return new DataSummary(r.orgs().countActiveByType(), r.places().countByKind(),
                    members.currentFull(), members.currentProbationary(), members.left(), r.events().count());
        });
    }
}
