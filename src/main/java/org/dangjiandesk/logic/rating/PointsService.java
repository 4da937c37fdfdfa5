package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.logic.security.FieldDiff;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.PointEntry;
import org.dangjiandesk.store.DataStore;

/**
 * The points ledger (积分台账): entries are applied for (entered) and approved by someone else; approved points
 * flow into the quarter's bonus or deduction within the scheme's caps.
 */
public final class PointsService {
    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
    private final DataStore store;
    private final AuditTrail audit;

    public PointsService(DataStore store) {
        this(store, AuditTrail.NONE);
    }

    public PointsService(DataStore store, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
    }

    /** Enters one entry (pending until approved). */
    public PointEntry add(PointEntry e) {
        check(e.points(), e.enteredBy());
        return store.write(r -> {
            PointEntry saved = r.rating().points().insert(e);
            audit.edited(r, "ratingPoints", saved.id(), null, saved);
            return saved;
        });
    }

    /**
     * Enters the same points for many members at once (one activity: a 主题党日, a volunteer day …), all or none.
     *
     * @return the number of entries written
     */
    public int addForActivity(Collection<Long> memberIds, LocalDate date, PointCategory category, BigDecimal points,
                              String note, String enteredBy) {
        check(points, enteredBy);
        List<PointEntry> entries = new ArrayList<>(memberIds.size());
        for (Long id : memberIds) {
            entries.add(new PointEntry(null, id, date, category, points, note, enteredBy, null));
        }
        store.writeVoid(r -> {
            r.rating().points().insertAll(entries);
            for (PointEntry e : entries) {
                audit.edited(r, "ratingPoints", "member " + e.memberId(), null, e);
            }
        });
        return entries.size();
    }

    /**
     * Approves pending entries.
     *
     * @throws RatingException when the approver entered one of them (applied for and approved by two people)
     */
    public int approve(Collection<PointEntry> entries, String approver) {
        if (approver == null || approver.isBlank()) {
            throw new RatingException("rating.points.error.noName");
        }
        for (PointEntry e : entries) {
            if (approver.strip().equals(e.enteredBy())) {
                throw new RatingException("rating.points.error.selfApproval");
            }
        }
        List<Long> ids = entries.stream().map(PointEntry::id).toList();
        return store.write(r -> {
            int n = r.rating().points().approve(ids, approver.strip());
            for (PointEntry e : entries.stream().filter(x -> x.approvedBy() == null).toList()) {
                audit.edited(r, AuditAction.RECORD_CHANGED, "ratingPoints", e.id(),
                        List.of(new FieldDiff.Change("approvedBy", e.approvedBy(), approver.strip())));
            }
            return n;
        });
    }

    public List<PointEntry> ledger(long memberId) {
        return store.read(r -> r.rating().points().forMember(memberId));
    }

    public List<PointEntry> pending(Collection<Long> memberIds) {
        return store.read(r -> r.rating().points().pending(memberIds));
    }

    private static void check(BigDecimal points, String enteredBy) {
        if (points == null || points.signum() == 0 || points.abs().compareTo(MAX_POINTS) > 0) {
            throw new RatingException("rating.points.error.points");
        }
        if (enteredBy == null || enteredBy.isBlank()) {
            throw new RatingException("rating.points.error.noName");
        }
    }
}
