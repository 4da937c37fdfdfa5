package org.dangjiandesk.logic.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.dangjiandesk.logic.roster.ChineseNames;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.NameKeys;
import org.dangjiandesk.store.Repositories;

/**
 * Collects drafted members and writes them with their history in batches; between batches it reports progress
 * and checks for a cancel (never mid-statement: interrupting H2 can corrupt the file).
 */
final class MemberBatch {
    static final int SIZE = 500;

    private final Repositories repos;
    private final ChineseNames names;
    private final SampleProgress progress;
    private final BooleanSupplier cancelled;
    private final int total;
    private final List<MemberFactory.Draft> pending = new ArrayList<>(SIZE);
    private int current;
    private int departed;
    private int events;

    MemberBatch(Repositories repos, ChineseNames names, SampleProgress progress, BooleanSupplier cancelled,
            int total) {
        this.repos = repos;
        this.names = names;
        this.progress = progress;
        this.cancelled = cancelled;
        this.total = total;
    }

    /** Queues a member whose organisation is set. */
    void add(MemberFactory.Draft draft) {
        pending.add(draft);
        if (pending.size() >= SIZE) {
            flush();
        }
    }

    void flush() {
        if (cancelled.getAsBoolean()) {
            throw new SampleCancelledException();
        }
        if (pending.isEmpty()) {
            return;
        }
        List<Member> members = new ArrayList<>(pending.size());
        List<NameKeys> keys = new ArrayList<>(pending.size());
        for (MemberFactory.Draft d : pending) {
            members.add(d.member());
            keys.add(names.keysFor(d.member().name()));
        }
        List<Long> ids = repos.members().insertAll(members, keys);
        List<MemberEvent> history = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Member m = members.get(i);
            for (MemberEvent e : pending.get(i).events()) {
                history.add(complete(e, ids.get(i), m.orgId()));
            }
            if (m.isCurrent()) {
                current++;
            } else {
                departed++;
            }
        }
        repos.events().insertAll(history);
        events += history.size();
        pending.clear();
        progress.update(current, total);
    }

    /** The event with its member, and the organisation it entered (登记, 转入) or left (转出). */
    private static MemberEvent complete(MemberEvent e, long memberId, Long orgId) {
        Long to = e.type() == EventType.REGISTERED || e.type() == EventType.TRANSFERRED_IN ? orgId : e.toOrgId();
        Long from = e.type() == EventType.TRANSFERRED_OUT ? orgId : e.fromOrgId();
        return new MemberEvent(null, memberId, e.type(), e.date(), e.reason(), e.docNo(), from, to, e.otherParty(),
                e.duesPaidUntil(), e.months(), e.recordedAt());
    }

    int current() {
        return current;
    }

    int departed() {
        return departed;
    }

    int events() {
        return events;
    }
}
