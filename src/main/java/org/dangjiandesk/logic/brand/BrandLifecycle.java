package org.dangjiandesk.logic.brand;

import static org.dangjiandesk.model.BrandStatus.APPLIED;
import static org.dangjiandesk.model.BrandStatus.APPROVED;
import static org.dangjiandesk.model.BrandStatus.AWARDED;
import static org.dangjiandesk.model.BrandStatus.CONCLUDED;
import static org.dangjiandesk.model.BrandStatus.IN_PROGRESS;
import static org.dangjiandesk.model.BrandStatus.REJECTED;
import static org.dangjiandesk.model.BrandStatus.TERMINATED;
import static org.dangjiandesk.model.BrandStatus.UNDER_EVALUATION;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.BrandStep;

/**
 * The lifecycle of a brand project: 申报 → 立项 (or 不予立项) → 实施中 → 展评 → 命名授牌, 结项 or 终止. A running
 * project may be 终止 at any point and one in 实施中 may 结项 without an evaluation. Nothing else: a step can never
 * be skipped (申报 straight to 实施中 is refused), and 不予立项, 命名授牌, 结项 and 终止 end the lifecycle. Every move
 * needs a date (not before the previous step, not in the future) and the deciding organisation; 不予立项 and 终止
 * need a reason.
 */
public final class BrandLifecycle {
    private static final Map<BrandStatus, Set<BrandStatus>> NEXT = new EnumMap<>(BrandStatus.class);

    static {
        NEXT.put(APPLIED, EnumSet.of(APPROVED, REJECTED));
        NEXT.put(APPROVED, EnumSet.of(IN_PROGRESS, TERMINATED));
        NEXT.put(IN_PROGRESS, EnumSet.of(UNDER_EVALUATION, CONCLUDED, TERMINATED));
        NEXT.put(UNDER_EVALUATION, EnumSet.of(AWARDED, CONCLUDED, TERMINATED));
        for (BrandStatus s : BrandStatus.values()) {
            NEXT.putIfAbsent(s, EnumSet.noneOf(BrandStatus.class));
        }
    }

    private BrandLifecycle() {
    }

    /** The statuses a project in {@code from} may move to, in lifecycle order. */
    public static List<BrandStatus> next(BrandStatus from) {
        return List.copyOf(NEXT.get(from));
    }

    public static boolean allowed(BrandStatus from, BrandStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Whether 不予立项 / 终止: moves that must say why. */
    public static boolean needsReason(BrandStatus to) {
        return to == REJECTED || to == TERMINATED;
    }

    /** Whether progress can be logged: from 立项 until the evaluation is over. */
    public static boolean acceptsProgress(BrandStatus status) {
        return status == APPROVED || status == IN_PROGRESS || status == UNDER_EVALUATION;
    }

    /**
     * Checks a move and returns the step to record.
     *
     * @param last the project's latest step (its application), or null
     * @throws BrandException with a message that names the project, both statuses and what is allowed
     */
    public static BrandStep check(BrandProject project, BrandStatus to, LocalDate date, Long decidingOrgId,
                                  String note, BrandStep last, LocalDate today) {
        BrandStatus from = project.status();
        if (to == null || !allowed(from, to)) {
            throw new BrandException("brand.error.illegal." + from.name(), project.name(), to);
        }
        if (date == null) {
            throw new BrandException("brand.error.dateRequired");
        }
        if (date.isAfter(today)) {
            throw new BrandException("brand.error.dateInFuture", date);
        }
        if (last != null && date.isBefore(last.date())) {
            throw new BrandException("brand.error.dateBeforeLast", date, last.to(), last.date());
        }
        if (decidingOrgId == null) {
            throw new BrandException("brand.error.decidingOrgRequired");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (needsReason(to) && cleanNote == null) {
            throw new BrandException("brand.error.reasonRequired", to);
        }
        return new BrandStep(null, project.id(), from, to, date, decidingOrgId, cleanNote, null);
    }
}
