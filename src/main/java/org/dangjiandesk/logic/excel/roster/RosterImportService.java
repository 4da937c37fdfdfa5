package org.dangjiandesk.logic.excel.roster;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.excel.read.TableReadException;
import org.dangjiandesk.logic.excel.read.TableReaders;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.roster.ChineseNames;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.logic.roster.FieldProblem;
import org.dangjiandesk.logic.roster.MemberValidator;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.NameKeys;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Repositories;

/**
 * Imports a roster from .xlsx, .xls or .csv in two steps. {@link #preview} reads the file as a stream, checks
 * every row and compares it with the database by identity number, writing nothing. {@link #apply} then writes the
 * clerk's choice in ONE transaction: all of it or, on error or cancel, none of it.
 */
public final class RosterImportService {
    private final AuditTrail audit;
    private static final int CHUNK = 1000;
    /**
     * Data rows one file may hold. A preview keeps every row in memory (about 1 KB each); this bound keeps a
     * hostile or mistaken file (a million-row sheet) from exhausting a 256 MB heap, and is above any street's
     * roster (the 100,000-member benchmark street imports in one file).
     */
    public static final int MAX_ROWS = 120_000;

    private final DataStore store;
    private final CodeLists codes;
    private final ChineseNames names;
    private final Messages messages;
    private final Clock clock;

    public RosterImportService(DataStore store, CodeLists codes, ChineseNames names, Messages messages, Clock clock) {
        this(store, codes, names, messages, clock, AuditTrail.NONE);
    }

    /** With every applied import written to the audit log (file and counts) in its transaction. */
    public RosterImportService(DataStore store, CodeLists codes, ChineseNames names, Messages messages, Clock clock,
                               AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.codes = codes;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    /** Reads and checks the file; detects the header row and the column mapping itself. */
    public ImportPreview preview(Path file, ImportOptions options, Progress progress) {
        return preview(file, null, options, progress);
    }

    /**
     * Reads and checks the file with a mapping the clerk corrected (null: detect it).
     *
     * @throws TableReadException when the file cannot be read or has no recognisable header row
     */
    public ImportPreview preview(Path file, ColumnMapping corrected, ImportOptions options, Progress progress) {
        LocalDate today = LocalDate.now(clock);
        List<HeaderDetector.Row> head = new ArrayList<>();
        ColumnMapping[] mapping = {corrected};
        RowParser[] parser = {corrected == null ? null : new RowParser(corrected, codes, messages, today)};
        List<ImportRow> valid = new ArrayList<>();
        List<ImportRow> invalid = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        List<ImportProblem> duplicateProblems = new ArrayList<>();

        TableReaders.forFile(file).read(file, (rowNumber, cells) -> {
            if (progress.isCancelled()) {
                return false;
            }
            if (mapping[0] == null) {
                head.add(new HeaderDetector.Row(rowNumber, cells));
                if (head.size() < HeaderDetector.SEARCH_ROWS) {
                    return true;
                }
                startParsing(head, mapping, parser, today, valid, invalid, seenIds, duplicateProblems);
                return true;
            }
            if (rowNumber >= mapping[0].firstDataRow()) {
                if (valid.size() + invalid.size() >= MAX_ROWS) {
                    throw new TableReadException(TableReadException.Reason.TOO_MANY_ROWS, "more than " + MAX_ROWS, null);
                }
                accept(mapping[0], parser[0].parse(rowNumber, cells), valid, invalid, seenIds, duplicateProblems);
                if ((valid.size() + invalid.size()) % CHUNK == 0) {
                    progress.update(valid.size() + invalid.size(), 0);
                }
            }
            return true;
        });
        progress.checkCancelled();
        if (mapping[0] == null) {
            startParsing(head, mapping, parser, today, valid, invalid, seenIds, duplicateProblems);
        }
        return reconcile(file, mapping[0], valid, invalid, duplicateProblems, options, progress);
    }

    /** Called once enough rows are buffered: find the header, then parse the buffered data rows. */
    private void startParsing(List<HeaderDetector.Row> head, ColumnMapping[] mapping, RowParser[] parser,
                              LocalDate today, List<ImportRow> valid, List<ImportRow> invalid,
                              Map<String, Integer> seenIds, List<ImportProblem> dups) {
        mapping[0] = HeaderDetector.detect(head)
                .orElseThrow(() -> new TableReadException(TableReadException.Reason.NO_HEADER, "no header row", null));
        parser[0] = new RowParser(mapping[0], codes, messages, today);
        for (HeaderDetector.Row r : head) {
            if (r.number() >= mapping[0].firstDataRow()) {
                accept(mapping[0], parser[0].parse(r.number(), r.cells()), valid, invalid, seenIds, dups);
            }
        }
        head.clear();
    }

    private void accept(ColumnMapping mapping, Optional<ImportRow> parsed, List<ImportRow> valid, List<ImportRow> invalid,
                        Map<String, Integer> seenIds, List<ImportProblem> dups) {
        if (parsed.isEmpty()) {
            return;
        }
        ImportRow row = parsed.get();
        String id = row.member().idNumber();
        Integer first = id == null || id.isEmpty() ? null : seenIds.putIfAbsent(id, row.rowNumber());
        if (first != null) {
            int idCol = mapping.indexOf(RosterColumn.ID_NUMBER).orElse(ImportProblem.NO_COLUMN);
            ImportProblem p = new ImportProblem(row.rowNumber(), idCol, mapping.describe(idCol),
                    ImportProblem.Severity.ERROR, messages.get("import.problem.duplicateInFile", first));
            dups.add(p);
            List<ImportProblem> all = new ArrayList<>(row.problems());
            all.add(p);
            invalid.add(new ImportRow(row.rowNumber(), row.member(), row.branchName(), all, row.rawCells()));
        } else if (row.isValid()) {
            // valid rows keep no raw cells: 100,000 of them must fit a small heap
            valid.add(new ImportRow(row.rowNumber(), row.member(), row.branchName(), List.of(), Map.of()));
        } else {
            invalid.add(row);
        }
    }

    private ImportPreview reconcile(Path file, ColumnMapping mapping, List<ImportRow> valid, List<ImportRow> invalid,
                                    List<ImportProblem> dups, ImportOptions options, Progress progress) {
        OrgTree tree = new OrgTree(store.read(r -> r.orgs().findAll()));
        OrgUnit under = null;
        if (options.under() != null && !options.under().isBlank()) {
            under = BranchResolver.findOrg(tree, options.under()).orElseThrow(
                    () -> new ImportRefusedException("import.error.underNotFound", options.under()));
        }
        if (options.createBranches() && under == null) {
            throw new ImportRefusedException("import.error.underRequired");
        }
        BranchResolver branches = new BranchResolver(tree, under);
        Set<RosterColumn> mapped = new LinkedHashSet<>(mapping.columns().values());
        RosterText text = new RosterText(codes, messages, id -> tree.find(id).map(OrgUnit::displayName).orElse(""));
        MemberValidator validator = new MemberValidator();
        LocalDate today = LocalDate.now(clock);

        List<ImportPreview.PlannedMember> newMembers = new ArrayList<>();
        List<MemberChange> changed = new ArrayList<>();
        Set<String> newBranches = new LinkedHashSet<>();
        Set<Long> touchedOrgs = new HashSet<>();
        Set<String> fileIds = new HashSet<>();
        int unchanged = 0;

        for (int from = 0; from < valid.size(); from += CHUNK) {
            progress.checkCancelled();
            List<ImportRow> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            List<String> ids = chunk.stream().map(r -> r.member().idNumber()).toList();
            Map<String, Member> stored = new HashMap<>();
            for (Member m : store.read(r -> r.members().findByIdNumbers(ids))) {
                stored.put(m.idNumber(), m);
            }
            for (ImportRow row : chunk) {
                fileIds.add(row.member().idNumber());
                BranchResolver.Result res = branches.resolve(row.branchName());
                String createBranch = null;
                Member imported = row.member();
                if (res.found()) {
                    imported = imported.toBuilder().orgId(res.org().id()).build();
                    touchedOrgs.add(res.org().id());
                } else if (res.ambiguous() || !options.createBranches()) {
                    invalid.add(rowWith(row, mapping, res.ambiguous() ? "import.problem.branchAmbiguous"
                            : "import.problem.branchUnknown"));
                    continue;
                } else {
                    createBranch = row.branchName().strip();
                    newBranches.add(createBranch);
                }
                Member before = stored.get(imported.idNumber());
                if (before == null) {
                    newMembers.add(new ImportPreview.PlannedMember(row.rowNumber(), imported, createBranch));
                    continue;
                }
                if (createBranch != null) {
                    invalid.add(rowWith(row, mapping, "import.problem.branchUnknown"));
                    continue;
                }
                Member after = MemberDiff.merge(before, imported, mapped);
                List<FieldProblem> afterProblems = validator.validate(after, today);
                if (!afterProblems.isEmpty()) {
                    FieldProblem fp = afterProblems.get(0);
                    invalid.add(rowWith(row, mapping, fp.messageKey(), fp.args().toArray()));
                    continue;
                }
                List<MemberChange.FieldDiff> diffs = MemberDiff.diff(before, after, mapped, text);
                if (diffs.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new MemberChange(row.rowNumber(), before, after, diffs));
                }
            }
            progress.update(Math.min(valid.size(), from + CHUNK), valid.size());
        }

        List<RosterEntry> missing = List.of();
        if (under != null) {
            Set<Long> subtree = tree.subtreeIds(under.id());
            missing = store.read(r -> r.members().rosterEntries()).stream()
                    .filter(RosterEntry::isCurrent)
                    .filter(e -> subtree.contains(e.orgId()))
                    .filter(e -> !fileIds.contains(e.idNumber()))
                    .toList();
        }
        invalid.sort(java.util.Comparator.comparingInt(ImportRow::rowNumber));
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportRow r : invalid) {
            problems.addAll(r.problems());
        }
        int validCount = newMembers.size() + changed.size() + unchanged;
        return new ImportPreview(file, mapping, validCount, List.copyOf(invalid), problems, newMembers, changed,
                unchanged, missing, List.copyOf(newBranches));
    }

    private ImportRow rowWith(ImportRow row, ColumnMapping mapping, String key, Object... args) {
        boolean branch = key.startsWith("import.problem.branch");
        int index = branch ? mapping.indexOf(RosterColumn.BRANCH).orElse(ImportProblem.NO_COLUMN) : ImportProblem.NO_COLUMN;
        String column = index == ImportProblem.NO_COLUMN ? "" : mapping.describe(index);
        List<ImportProblem> all = new ArrayList<>(row.problems());
        all.add(new ImportProblem(row.rowNumber(), index, column, ImportProblem.Severity.ERROR,
                messages.get(key, key.startsWith("import.problem.branch") ? new Object[] {row.branchName()} : args)));
        return new ImportRow(row.rowNumber(), row.member(), row.branchName(), all, cellsOf(row, mapping));
    }

    /**
     * The cells of a rejected row for the problems workbook. Rows that passed parsing kept no raw cells (100,000
     * of them must fit a small heap), so a row refused later is written back from what was read.
     */
    private Map<Integer, String> cellsOf(ImportRow row, ColumnMapping mapping) {
        if (!row.rawCells().isEmpty()) {
            return row.rawCells();
        }
        RosterText text = new RosterText(codes, messages, id -> "");
        Map<Integer, String> cells = new LinkedHashMap<>();
        mapping.columns().forEach((index, column) -> cells.put(index,
                column == RosterColumn.BRANCH ? row.branchName() : text.of(row.member(), column)));
        return cells;
    }

    /**
     * Writes the previewed import in one transaction: new members (if {@code addNew}) with a 录入 event, and the
     * changed ones (if {@code applyChanges}) with events for changes of category, organisation and status.
     *
     * @throws Progress.Cancelled when cancelled; the transaction is rolled back and nothing is written
     */
    public ImportResult apply(ImportPreview preview, boolean addNew, boolean applyChanges, String underOrg,
                              Progress progress) {
        long total = (addNew ? preview.newMembers().size() : 0) + (applyChanges ? preview.changed().size() : 0);
        return store.write(r -> {
            Map<String, Long> created = addNew ? createBranches(r, preview, underOrg) : Map.of();
            int inserted = addNew ? insertNew(r, preview, created, progress, total) : 0;
            int updated = applyChanges ? updateChanged(r, preview, progress, inserted, total) : 0;
            progress.checkCancelled();
            audit.note(r, AuditAction.IMPORT, String.valueOf(preview.file().getFileName()), "new: " + inserted + ", changed: " + updated
                    + ", branches created: " + created.size());
            return new ImportResult(inserted, updated, created.size());
        });
    }

    private Map<String, Long> createBranches(Repositories r, ImportPreview preview, String underOrg) {
        if (preview.newBranches().isEmpty()) {
            return Map.of();
        }
        OrgTree tree = new OrgTree(r.orgs().findAll());
        OrgUnit parent = BranchResolver.findOrg(tree, underOrg == null ? "" : underOrg)
                .orElseThrow(() -> new ImportRefusedException("import.error.underRequired"));
        if (!parent.type().allowedChildren().contains(OrgType.BRANCH)) {
            throw new ImportRefusedException("import.error.underCannotHoldBranches", parent.displayName());
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String name : preview.newBranches()) {
            ids.put(name, r.orgs().insert(OrgUnit.create(parent.id(), OrgType.BRANCH, name)).id());
        }
        return ids;
    }

    private int insertNew(Repositories r, ImportPreview preview, Map<String, Long> createdBranches,
                          Progress progress, long total) {
        List<ImportPreview.PlannedMember> all = preview.newMembers();
        for (int from = 0; from < all.size(); from += CHUNK) {
            progress.checkCancelled();
            List<Member> members = new ArrayList<>();
            List<NameKeys> keys = new ArrayList<>();
            for (ImportPreview.PlannedMember p : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                Member m = p.newBranch() == null ? p.member()
                        : p.member().toBuilder().orgId(createdBranches.get(p.newBranch())).build();
                members.add(m);
                keys.add(names.keysFor(m.name()));
            }
            List<Long> ids = r.members().insertAll(members, keys);
            List<MemberEvent> events = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                events.add(new MemberEvent(null, ids.get(i), EventType.REGISTERED,
                        m.joinedOn() != null ? m.joinedOn() : LocalDate.now(clock), messages.get("import.eventReason"),
                        null, null, m.orgId(), null, null, null, null));
            }
            r.events().insertAll(events);
            progress.update(Math.min(all.size(), from + CHUNK), total);
        }
        return all.size();
    }

    private int updateChanged(Repositories r, ImportPreview preview, Progress progress, int done, long total) {
        int n = 0;
        LocalDate today = LocalDate.now(clock);
        for (MemberChange c : preview.changed()) {
            if (n % CHUNK == 0) {
                progress.checkCancelled();
                progress.update(done + n, total);
            }
            r.members().update(c.after(), names.keysFor(c.after().name()));
            for (MemberEvent e : implicitEvents(c.before(), c.after(), today)) {
                r.events().insert(e);
            }
            n++;
        }
        return n;
    }

    /** History for changes an import makes that are life events: 转正, a move, 停止/恢复党籍. */
    private List<MemberEvent> implicitEvents(Member before, Member after, LocalDate today) {
        List<MemberEvent> events = new ArrayList<>();
        String reason = messages.get("import.eventReason");
        long id = before.id();
        if (before.category() == MemberCategory.PROBATIONARY && after.category() == MemberCategory.FULL) {
            events.add(new MemberEvent(null, id, EventType.CONVERTED_TO_FULL,
                    after.fullMemberOn() != null ? after.fullMemberOn() : today, reason, null, null, null, null, null,
                    null, null));
        }
        if (!before.orgId().equals(after.orgId())) {
            events.add(new MemberEvent(null, id, EventType.MOVED, today, reason, null, before.orgId(), after.orgId(),
                    null, null, null, null));
        }
        if (before.partyStatus() != after.partyStatus()) {
            events.add(new MemberEvent(null, id, after.partyStatus() == PartyStatus.SUSPENDED ? EventType.SUSPENDED
                    : EventType.RESTORED, today, reason, null, null, null, null, null, null, null));
        }
        return events;
    }
}
