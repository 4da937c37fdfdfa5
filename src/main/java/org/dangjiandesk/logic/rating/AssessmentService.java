package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.MemberRating;
import org.dangjiandesk.model.MemberScores;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.PointEntry;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatedMember;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.RatingSheet;
import org.dangjiandesk.model.SheetLogEntry;
import org.dangjiandesk.model.SheetState;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Repositories;

/**
 * Quarterly assessments of a branch: opening one (a draft on the year's scheme is created the first time),
 * saving a member's line as it is typed, and the workflow draft → submitted → approved.
 */
public final class AssessmentService {
    private final DataStore store;
    private final SchemeService schemes;
    private final Clock clock;
    private final AuditTrail audit;

    public AssessmentService(DataStore store, SchemeService schemes, Clock clock) {
        this(store, schemes, clock, AuditTrail.NONE);
    }

    public AssessmentService(DataStore store, SchemeService schemes, Clock clock, AuditTrail audit) {
        this.store = store;
        this.schemes = schemes;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Opens a branch's assessment with a line for every current member of the branch and its 党小组; the first
     * time, a draft on the year's scheme is created.
     *
     * @throws RatingException when the organisation is not a branch
     */
    public Assessment open(long orgId, Quarter quarter) {
        return store.write(r -> load(r, orgId, quarter, true));
    }

    /**
     * The assessment as it stands, without creating anything (for a blank sheet of a quarter not started yet the
     * sheet has id 0 and the year's scheme, or the shipped default when the year has none).
     */
    public Assessment peek(long orgId, Quarter quarter) {
        return store.read(r -> load(r, orgId, quarter, false));
    }

    private Assessment load(Repositories r, long orgId, Quarter quarter, boolean create) {
        OrgUnit org = r.orgs().findById(orgId).orElseThrow(() -> new RatingException("rating.error.noOrg", orgId));
        if (!org.type().isBranchLike()) {
            throw new RatingException("rating.error.notBranch", org.fullName());
        }
        RatingSheet sheet = r.rating().sheets().find(orgId, quarter).orElse(null);
        RatingScheme scheme;
        if (sheet != null) {
            scheme = r.rating().schemes().findById(sheet.schemeId()).orElseThrow();
        } else if (create) {
            scheme = schemes.forYear(r, quarter.year());
            sheet = r.rating().sheets().insert(orgId, quarter, scheme.id());
        } else {
            scheme = r.rating().schemes().latestForYear(quarter.year())
                    .orElseGet(() -> DefaultScheme.forYear(quarter.year(), "").withId(0L));
            sheet = new RatingSheet(0, orgId, quarter, scheme.id(), SheetState.DRAFT, 0);
        }
        List<RatedMember> members = r.rating().sheets().currentMembersOf(r.rating().sheets().branchAndGroups(orgId));
        Map<Long, MemberScores> scores = sheet.id() == 0 ? Map.of() : r.rating().sheets().scores(sheet.id());
        Map<Long, LedgerPoints> ledgers = ledgers(r, members.stream().map(RatedMember::id).toList(), quarter);
        List<AssessmentRow> rows = new ArrayList<>(members.size());
        for (RatedMember m : members) {
            MemberScores s = scores.get(m.id());
            boolean exempt = s == null ? scheme.exemptFrail() && m.frailExempt() : s.exempt();
            rows.add(new AssessmentRow(m, s == null ? Map.of() : s.points(), exempt,
                    ledgers.getOrDefault(m.id(), LedgerPoints.NONE)));
        }
        return new Assessment(sheet, scheme, org, rows);
    }

    /**
     * Saves one member's line of a draft and returns its computed result.
     *
     * @throws RatingException when the sheet is no longer a draft or a value is out of range
     */
    public QuarterScore saveRow(long sheetId, RatedMember member, Map<String, BigDecimal> points, boolean exempt) {
        return store.write(r -> {
            RatingSheet sheet = r.rating().sheets().findById(sheetId).orElseThrow();
            if (!sheet.state().isEditable()) {
                throw new RatingException("rating.error.locked");
            }
            RatingScheme scheme = r.rating().schemes().findById(sheet.schemeId()).orElseThrow();
            SchemeRules rules = new SchemeRules(scheme);
            Map<String, BigDecimal> checked = new HashMap<>();
            scheme.dimensions().forEach(d -> {
                BigDecimal p = points.get(d.code());
                if (p != null) {
                    checked.put(d.code(), rules.checkPoints(d, p));
                }
            });
            LedgerPoints ledger = ledgers(r, List.of(member.id()), sheet.quarter())
                    .getOrDefault(member.id(), LedgerPoints.NONE);
            QuarterScore score = rules.score(checked, ledger, exempt);
            MemberScores before = r.rating().sheets().scores(sheetId).get(member.id());
            MemberScores after = new MemberScores(member.id(), checked, exempt);
            r.rating().sheets().saveMember(sheetId, after, rating(member, sheet, score));
            audit.edited(r, "ratingLine", sheetId + "/" + member.id(),
                    before == null ? null : asStored(before), asStored(after));
            return score;
        });
    }

    /** The stored result: counted under the branch of the sheet (members of its 党小组 included). */
    static MemberRating rating(RatedMember m, RatingSheet sheet, QuarterScore s) {
        return new MemberRating(m.id(), sheet.orgId(), sheet.quarter(), s.exempt(), s.base(),
                s.bonus().subtract(s.deduction()), s.total(), s.star());
    }

    /**
     * Takes a workflow step and records it.
     *
     * @throws RatingException when the step is not allowed from the sheet's state, a reason is missing, or (for
     *                         submitting) a member who is not exempt is not fully scored
     */
    public RatingSheet step(long sheetId, RatingWorkflow step, String actor, String reason) {
        if (step.needsReason() && (reason == null || reason.isBlank())) {
            throw new RatingException("rating.error.reasonNeeded");
        }
        return store.write(r -> {
            RatingSheet sheet = r.rating().sheets().findById(sheetId).orElseThrow();
            if (!step.allowedFrom(sheet.state())) {
                throw new RatingException("rating.error.step", step.name(), sheet.state().name());
            }
            if (step == RatingWorkflow.SUBMIT) {
                checkComplete(r, sheet);
            }
            RatingSheet moved = r.rating().sheets().updateState(sheet, step.to());
            audit.edited(r, "ratingSheet", sheetId, sheet, moved);
            r.rating().sheets().log(new SheetLogEntry(sheetId, sheet.state(), step.to(), actor,
                    reason == null || reason.isBlank() ? null : reason.strip(), clock.instant()));
            return moved;
        });
    }

    private static void checkComplete(Repositories r, RatingSheet sheet) {
        List<RatedMember> members = r.rating().sheets()
                .currentMembersOf(r.rating().sheets().branchAndGroups(sheet.orgId()));
        Set<Long> done = new HashSet<>();
        for (MemberRating m : r.rating().sheets().results(sheet.id())) {
            if (m.exempt() || m.star() != null) {
                done.add(m.memberId());
            }
        }
        long missing = members.stream().filter(m -> !done.contains(m.id())).count();
        if (missing > 0) {
            throw new RatingException("rating.error.incomplete", missing);
        }
    }

    public List<SheetLogEntry> log(long sheetId) {
        return store.read(r -> r.rating().sheets().logOf(sheetId));
    }

    private static Map<Long, LedgerPoints> ledgers(Repositories r, List<Long> memberIds, Quarter q) {
        Map<Long, List<PointEntry>> byMember = new HashMap<>();
        for (int from = 0; from < memberIds.size(); from += 1000) {
            List<Long> chunk = memberIds.subList(from, Math.min(memberIds.size(), from + 1000));
            for (PointEntry e : r.rating().points().inRange(chunk, q.firstDay(), q.lastDay())) {
                byMember.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<Long, LedgerPoints> out = new HashMap<>();
        byMember.forEach((id, list) -> out.put(id, LedgerPoints.of(list)));
        return out;
    }

    /** Points as the sheet stores them (one decimal), so the audit log compares like with like (10.0, not 10). */
    private static MemberScores asStored(MemberScores scores) {
        Map<String, java.math.BigDecimal> points = new java.util.HashMap<>();
        scores.points().forEach((k, v) -> points.put(k, v.setScale(1, java.math.RoundingMode.HALF_UP)));
        return new MemberScores(scores.memberId(), points, scores.exempt());
    }
}
