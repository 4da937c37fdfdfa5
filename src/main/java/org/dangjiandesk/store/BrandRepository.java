package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.BRAND_ATTACHMENT;
import static org.dangjiandesk.store.jooq.Tables.BRAND_PROGRESS;
import static org.dangjiandesk.store.jooq.Tables.BRAND_PROJECT;
import static org.dangjiandesk.store.jooq.Tables.BRAND_STEP;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.model.Attachment;
import org.dangjiandesk.model.AttachmentKind;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.BrandStep;
import org.dangjiandesk.model.Indicators;
import org.dangjiandesk.model.ProgressEntry;
import org.dangjiandesk.store.jooq.tables.records.BrandAttachmentRecord;
import org.dangjiandesk.store.jooq.tables.records.BrandProgressRecord;
import org.dangjiandesk.store.jooq.tables.records.BrandProjectRecord;
import org.dangjiandesk.store.jooq.tables.records.BrandStepRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Brand projects, their lifecycle steps (append-only) and their progress log with attachments. */
public final class BrandRepository {
    private final DSLContext dsl;

    BrandRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<BrandProject> findAll() {
        return dsl.selectFrom(BRAND_PROJECT).orderBy(BRAND_PROJECT.PROJECT_YEAR.desc(), BRAND_PROJECT.ID)
                .fetch(BrandRepository::toModel);
    }

    public List<BrandProject> findByYear(int year) {
        return dsl.selectFrom(BRAND_PROJECT).where(BRAND_PROJECT.PROJECT_YEAR.eq(year)).orderBy(BRAND_PROJECT.ID)
                .fetch(BrandRepository::toModel);
    }

    public Optional<BrandProject> findById(long id) {
        return dsl.selectFrom(BRAND_PROJECT).where(BRAND_PROJECT.ID.eq(id)).fetchOptional(BrandRepository::toModel);
    }

    public BrandProject insert(BrandProject p) {
        BrandProjectRecord r = dsl.newRecord(BRAND_PROJECT);
        fill(r, p);
        r.setRowVersion(0);
        r.store();
        return toModel(r);
    }

    /**
     * Updates a project if nobody changed it since it was read.
     *
     * @throws StoreException with {@link StoreException.Reason#STALE_DATA} otherwise
     */
    public BrandProject update(BrandProject p) {
        BrandProjectRecord r = dsl.newRecord(BRAND_PROJECT);
        fill(r, p);
        r.setId(p.id());
        r.setRowVersion(p.version() + 1);
        int n = dsl.update(BRAND_PROJECT).set(r)
                .where(BRAND_PROJECT.ID.eq(p.id()).and(BRAND_PROJECT.ROW_VERSION.eq(p.version())))
                .execute();
        if (n != 1) {
            throw new StoreException(StoreException.Reason.STALE_DATA, "brand project changed or removed: " + p.id());
        }
        return toModel(r);
    }

    public BrandStep insertStep(BrandStep s) {
        BrandStepRecord r = dsl.newRecord(BRAND_STEP);
        r.setProjectId(s.projectId());
        r.setFromStatus(s.from() == null ? null : s.from().name());
        r.setToStatus(s.to().name());
        r.setStepDate(s.date());
        r.setDecidingOrgId(s.decidingOrgId());
        r.setNote(s.note());
        Instant at = s.recordedAt() == null ? Instant.now() : s.recordedAt();
        r.setRecordedAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        r.store();
        return toModel(r);
    }

    /** A project's steps, oldest first. */
    public List<BrandStep> steps(long projectId) {
        return dsl.selectFrom(BRAND_STEP).where(BRAND_STEP.PROJECT_ID.eq(projectId))
                .orderBy(BRAND_STEP.STEP_DATE, BRAND_STEP.ID).fetch(BrandRepository::toModel);
    }

    public ProgressEntry insertProgress(ProgressEntry e) {
        BrandProgressRecord r = dsl.newRecord(BRAND_PROGRESS);
        r.setProjectId(e.projectId());
        r.setEntryDate(e.date());
        r.setEntryText(e.text());
        r.setActivities(e.added().activities());
        r.setPeopleServed(e.added().peopleServed());
        r.setProblemsSolved(e.added().problemsSolved());
        r.setFundsUsed(e.added().fundsUsed());
        r.store();
        List<Attachment> saved = new ArrayList<>();
        for (Attachment a : e.attachments()) {
            BrandAttachmentRecord ar = dsl.newRecord(BRAND_ATTACHMENT);
            ar.setProgressId(r.getId());
            ar.setOriginalName(a.originalName());
            ar.setStoredName(a.storedName());
            ar.setFileKind(a.kind().name());
            ar.setSizeBytes(a.sizeBytes());
            ar.store();
            saved.add(toModel(ar));
        }
        return new ProgressEntry(r.getId(), e.projectId(), e.date(), e.text(), e.added(), saved);
    }

    /** A project's progress log with its attachments, oldest first. */
    public List<ProgressEntry> progress(long projectId) {
        List<BrandProgressRecord> rows = dsl.selectFrom(BRAND_PROGRESS).where(BRAND_PROGRESS.PROJECT_ID.eq(projectId))
                .orderBy(BRAND_PROGRESS.ENTRY_DATE, BRAND_PROGRESS.ID).fetch();
        Map<Long, List<Attachment>> files = new LinkedHashMap<>();
        dsl.selectFrom(BRAND_ATTACHMENT)
                .where(BRAND_ATTACHMENT.PROGRESS_ID.in(rows.stream().map(BrandProgressRecord::getId).toList()))
                .orderBy(BRAND_ATTACHMENT.ID)
                .forEach(ar -> files.computeIfAbsent(ar.getProgressId(), k -> new ArrayList<>()).add(toModel(ar)));
        return rows.stream().map(r -> new ProgressEntry(r.getId(), r.getProjectId(), r.getEntryDate(),
                r.getEntryText(), indicators(r), files.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** The actual indicators of projects: the sum of their progress entries (projects without any are absent). */
    public Map<Long, Indicators> actuals(Collection<Long> projectIds) {
        Map<Long, Indicators> out = new LinkedHashMap<>();
        dsl.select(BRAND_PROGRESS.PROJECT_ID, DSL.sum(BRAND_PROGRESS.ACTIVITIES), DSL.sum(BRAND_PROGRESS.PEOPLE_SERVED),
                        DSL.sum(BRAND_PROGRESS.PROBLEMS_SOLVED), DSL.sum(BRAND_PROGRESS.FUNDS_USED))
                .from(BRAND_PROGRESS)
                .where(BRAND_PROGRESS.PROJECT_ID.in(projectIds))
                .groupBy(BRAND_PROGRESS.PROJECT_ID)
                .forEach(rec -> out.put(rec.value1(), new Indicators(rec.value2().intValue(), rec.value3().intValue(),
                        rec.value4().intValue(), rec.value5())));
        return out;
    }

    public int count() {
        return dsl.fetchCount(BRAND_PROJECT);
    }

    private static void fill(BrandProjectRecord r, BrandProject p) {
        r.setProjectName(p.name());
        r.setCategory(p.category().name());
        r.setOrgId(p.orgId());
        r.setLeaderId(p.leaderId());
        r.setProjectYear(p.year());
        r.setSummary(p.summary());
        r.setGoals(p.goals());
        Indicators planned = p.planned() == null ? Indicators.ZERO : p.planned();
        r.setPlannedActivities(planned.activities());
        r.setPlannedPeople(planned.peopleServed());
        r.setPlannedProblems(planned.problemsSolved());
        r.setPlannedFunds(planned.fundsUsed());
        r.setBudget(p.budget() == null ? java.math.BigDecimal.ZERO : p.budget());
        r.setStatus(p.status().name());
    }

    private static BrandProject toModel(BrandProjectRecord r) {
        return new BrandProject(r.getId(), r.getProjectName(), BrandCategory.valueOf(r.getCategory()), r.getOrgId(),
                r.getLeaderId(), r.getProjectYear(), r.getSummary(), r.getGoals(),
                new Indicators(r.getPlannedActivities(), r.getPlannedPeople(), r.getPlannedProblems(),
                        r.getPlannedFunds()),
                r.getBudget(), BrandStatus.valueOf(r.getStatus()), r.getRowVersion());
    }

    private static BrandStep toModel(BrandStepRecord r) {
        return new BrandStep(r.getId(), r.getProjectId(),
                r.getFromStatus() == null ? null : BrandStatus.valueOf(r.getFromStatus()),
                BrandStatus.valueOf(r.getToStatus()), r.getStepDate(), r.getDecidingOrgId(), r.getNote(),
                r.getRecordedAt().toInstant(ZoneOffset.UTC));
    }

    private static Indicators indicators(BrandProgressRecord r) {
        return new Indicators(r.getActivities(), r.getPeopleServed(), r.getProblemsSolved(), r.getFundsUsed());
    }

    private static Attachment toModel(BrandAttachmentRecord r) {
        return new Attachment(r.getId(), r.getProgressId(), r.getOriginalName(), r.getStoredName(),
                AttachmentKind.valueOf(r.getFileKind()), r.getSizeBytes());
    }
}
