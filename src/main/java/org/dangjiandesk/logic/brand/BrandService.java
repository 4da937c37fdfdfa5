package org.dangjiandesk.logic.brand;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.org.Communities;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.Attachment;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.BrandStep;
import org.dangjiandesk.model.Indicators;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.ProgressEntry;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Repositories;

/**
 * Brand projects (党建品牌, 书记项目, 微幸福项目): application, the recorded lifecycle ({@link BrandLifecycle}), the
 * progress log with attachments, and the overview board. Every change is one transaction.
 */
public final class BrandService {
    private static final String PROJECT = "brandProject";
    private final DataStore store;
    private final AttachmentStore attachments;
    private final Clock clock;
    private final AuditTrail audit;

    public BrandService(DataStore store, AttachmentStore attachments, Clock clock) {
        this(store, attachments, clock, AuditTrail.NONE);
    }

    public BrandService(DataStore store, AttachmentStore attachments, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
    }

    public AttachmentStore attachments() {
        return attachments;
    }

    /** Records an application (申报): the project in status 申报 and its first step, dated and by its organisation. */
    public BrandProject apply(BrandProject draft, LocalDate appliedOn, String note) {
        checkDetails(draft);
        LocalDate date = appliedOn == null ? LocalDate.now(clock) : appliedOn;
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BrandException("brand.error.dateInFuture", date);
        }
        return store.write(r -> {
            checkReferences(r, draft);
            BrandProject saved = r.brand().insert(draft.withStatus(BrandStatus.APPLIED));
            BrandStep step = new BrandStep(null, saved.id(), null, BrandStatus.APPLIED, date, saved.orgId(),
                    blankToNull(note), Instant.now(clock));
            r.brand().insertStep(step);
            audit.edited(r, PROJECT, saved.id(), null, saved);
            audit.edited(r, "brandStep", saved.id(), null, step);
            return saved;
        });
    }

    /** Saves edited details; the status changes only through {@link #move}. */
    public BrandProject update(BrandProject edited) {
        checkDetails(edited);
        return store.write(r -> {
            checkReferences(r, edited);
            BrandProject stored = r.brand().findById(edited.id())
                    .orElseThrow(() -> new BrandException("brand.error.notFound"));
            BrandProject saved = r.brand().update(edited.withStatus(stored.status()));
            audit.edited(r, PROJECT, saved.id(), stored, saved);
            return saved;
        });
    }

    /**
     * Moves a project one step on (立项, 不予立项, 实施中, 展评, 命名授牌, 结项, 终止) and records who decided it, when and
     * why.
     *
     * @throws BrandException when the move is not allowed from the project's status or a detail is missing
     */
    public BrandProject move(long projectId, BrandStatus to, LocalDate date, Long decidingOrgId, String note) {
        return store.write(r -> move(r, projectId, to, date, decidingOrgId, note));
    }

    /** The same inside a running unit of work (the evaluation puts projects into 展评 this way). */
    BrandProject move(Repositories r, long projectId, BrandStatus to, LocalDate date, Long decidingOrgId,
                      String note) {
        BrandProject p = r.brand().findById(projectId).orElseThrow(() -> new BrandException("brand.error.notFound"));
        List<BrandStep> steps = r.brand().steps(projectId);
        BrandStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        BrandStep step = BrandLifecycle.check(p, to, date, decidingOrgId, note, last, LocalDate.now(clock));
        if (r.orgs().findById(decidingOrgId).isEmpty()) {
            throw new BrandException("brand.error.decidingOrgRequired");
        }
        BrandStep stored = new BrandStep(null, step.projectId(), step.from(), step.to(), step.date(),
                step.decidingOrgId(), step.note(), Instant.now(clock));
        r.brand().insertStep(stored);
        BrandProject moved = r.brand().update(p.withStatus(to));
        audit.edited(r, PROJECT, projectId, p, moved);
        audit.edited(r, "brandStep", projectId, null, stored);
        return moved;
    }

    /**
     * Logs progress: a dated text, what it adds to the indicators, and files copied into {@code attachments/}
     * (checked for type and size first; nothing is kept when the entry is refused).
     */
    public ProgressEntry logProgress(long projectId, LocalDate date, String text, Indicators added, List<Path> files) {
        if (text == null || text.isBlank()) {
            throw new BrandException("brand.error.progressTextRequired");
        }
        if (date == null) {
            throw new BrandException("brand.error.dateRequired");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BrandException("brand.error.dateInFuture", date);
        }
        Indicators delta = added == null ? Indicators.ZERO : added;
        if (delta.activities() < 0 || delta.peopleServed() < 0 || delta.problemsSolved() < 0
                || delta.fundsUsed().signum() < 0) {
            throw new BrandException("brand.error.negativeIndicator");
        }
        BrandProject p = project(projectId);
        if (!BrandLifecycle.acceptsProgress(p.status())) {
            throw new BrandException("brand.error.progressNotAllowed", p.name(), p.status());
        }
        for (Path f : files) {
            attachments.check(f); // refuse before anything is copied
        }
        List<Attachment> copied = new ArrayList<>();
        try {
            for (Path f : files) {
                copied.add(attachments.copyIn(projectId, f));
            }
            return store.write(r -> {
                BrandProject now = r.brand().findById(projectId).orElseThrow();
                if (!BrandLifecycle.acceptsProgress(now.status())) {
                    throw new BrandException("brand.error.progressNotAllowed", now.name(), now.status());
                }
                ProgressEntry saved = r.brand().insertProgress(
                        new ProgressEntry(null, projectId, date, text.strip(), delta, copied));
                audit.edited(r, "brandProgress", projectId + "/" + saved.id(), null, saved);
                return saved;
            });
        } catch (RuntimeException e) {
            copied.forEach(attachments::discard);
            throw e;
        }
    }

    public BrandProject project(long id) {
        return store.read(r -> r.brand().findById(id)).orElseThrow(() -> new BrandException("brand.error.notFound"));
    }

    public List<BrandStep> steps(long projectId) {
        return store.read(r -> r.brand().steps(projectId));
    }

    public List<ProgressEntry> progress(long projectId) {
        return store.read(r -> r.brand().progress(projectId));
    }

    /** The sum of a project's progress log. */
    public Indicators actual(long projectId) {
        return store.read(r -> r.brand().actuals(List.of(projectId))).getOrDefault(projectId, Indicators.ZERO);
    }

    /**
     * The organisations on the way from the street down to each of the given ones (their names and communities),
     * read one by one by id: a few dozen projects need not load a street of 10,000 organisations.
     */
    public OrgTree orgTree(Collection<Long> orgIds) {
        return store.read(r -> ancestry(r, orgIds));
    }

    private static OrgTree ancestry(Repositories r, Collection<Long> orgIds) {
        Map<Long, OrgUnit> seen = new HashMap<>();
        for (Long id : orgIds) {
            Long next = id;
            while (next != null && !seen.containsKey(next)) {
                OrgUnit o = r.orgs().findById(next).orElse(null);
                if (o == null) {
                    break;
                }
                seen.put(o.id(), o);
                next = o.parentId();
            }
        }
        return new OrgTree(new ArrayList<>(seen.values()));
    }

    public Path file(Attachment a) {
        return attachments.resolve(a);
    }

    /**
     * The board for a filter: projects of a year and of an organisation (and all below it), by status and category,
     * and indicator totals per community. {@code outsideCommunities} labels projects of the street's own offices.
     */
    public BrandOverview overview(BrandFilter filter, String outsideCommunities) {
        return BrandOverview.of(rows(filter), outsideCommunities);
    }

    /** The projects of a filter with names resolved, by year (newest first), community and name. */
    public List<ProjectRow> rows(BrandFilter filter) {
        return store.read(r -> {
            List<BrandProject> projects = filter.year() == null ? r.brand().findAll()
                    : r.brand().findByYear(filter.year());
            OrgTree tree = ancestry(r, projects.stream().map(BrandProject::orgId).toList());
            Map<Long, Indicators> actuals = r.brand().actuals(projects.stream().map(BrandProject::id).toList());
            List<ProjectRow> rows = new ArrayList<>();
            for (BrandProject p : projects) {
                if (filter.orgId() != null && !isWithin(tree, p.orgId(), filter.orgId())) {
                    continue;
                }
                String leader = p.leaderId() == null ? null
                        : r.members().rosterEntry(p.leaderId()).map(RosterEntry::name).orElse(null);
                String community = Communities.communityOf(tree, p.orgId()).map(OrgUnit::displayName).orElse(null);
                String org = tree.find(p.orgId()).map(OrgUnit::displayName).orElse("#" + p.orgId());
                rows.add(new ProjectRow(p, org, community, leader, actuals.getOrDefault(p.id(), Indicators.ZERO)));
            }
            rows.sort(Comparator.comparing((ProjectRow x) -> -x.project().year())
                    .thenComparing(x -> x.communityName() == null ? "" : x.communityName())
                    .thenComparing(x -> x.project().id()));
            return rows;
        });
    }

    private static boolean isWithin(OrgTree tree, long orgId, long ancestorId) {
        return tree.pathTo(orgId).stream().anyMatch(o -> o.id() == ancestorId);
    }

    private static void checkDetails(BrandProject p) {
        if (p.name() == null || p.name().isBlank()) {
            throw new BrandException("brand.error.nameRequired");
        }
        if (p.category() == null) {
            throw new BrandException("brand.error.categoryRequired");
        }
        if (p.year() < 2000 || p.year() > 2100) {
            throw new BrandException("brand.error.yearInvalid", String.valueOf(p.year()));
        }
        Indicators i = p.planned() == null ? Indicators.ZERO : p.planned();
        if (i.activities() < 0 || i.peopleServed() < 0 || i.problemsSolved() < 0 || i.fundsUsed().signum() < 0
                || (p.budget() != null && p.budget().signum() < 0)) {
            throw new BrandException("brand.error.negativeIndicator");
        }
        if (p.budget() != null && i.fundsUsed().compareTo(p.budget()) > 0) {
            throw new BrandException("brand.error.fundsOverBudget", i.fundsUsed(), p.budget());
        }
    }

    private static void checkReferences(Repositories r, BrandProject p) {
        if (r.orgs().findById(p.orgId()).isEmpty()) {
            throw new BrandException("brand.error.orgRequired");
        }
        if (p.leaderId() != null && r.members().findById(p.leaderId()).isEmpty()) {
            throw new BrandException("brand.error.leaderUnknown");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static BigDecimal orZero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
