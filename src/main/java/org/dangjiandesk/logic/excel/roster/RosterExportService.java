package org.dangjiandesk.logic.excel.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.model.Masking;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.store.DataStore;

/**
 * Writes the roster to .xlsx in 姓氏笔画 order, streaming from the database to the file. ID numbers and phones are
 * always text cells, masked unless the request allows them in full. The file appears only when complete: it is
 * written beside the target and moved into place.
 */
public final class RosterExportService {
    private final DataStore store;
    private final AuditTrail audit;
    private final CodeLists codes;
    private final Messages messages;

    public RosterExportService(DataStore store, CodeLists codes, Messages messages) {
        this(store, codes, messages, AuditTrail.NONE);
    }

    /** With the export permission checked and every export written to the audit log. */
    public RosterExportService(DataStore store, CodeLists codes, Messages messages, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.codes = codes;
        this.messages = messages;
    }

    /** Exports and returns the number of members written. */
    public int export(Path out, RosterExportRequest req, Progress progress) {
        audit.requireExport(req.unmasked());
        int n = write(out, req, progress);
        audit.record(AuditAction.EXPORT, messages.get("export.roster.title"), "file: " + out.getFileName()
                + ", rows: " + n + (req.unmasked() ? ", unmasked" : ""));
        return n;
    }

    private int write(Path out, RosterExportRequest req, Progress progress) {
        OrgTree tree = new OrgTree(store.read(r -> r.orgs().findAll()));
        RosterText text = new RosterText(codes, messages, id -> branchName(tree, id));
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("export.serial"));
        for (RosterColumn c : req.columns()) {
            headers.add(c.header());
        }
        return Excel.writeAtomically(out, wb -> {
            SheetWriter w = new SheetWriter(wb, new SheetWriter.Styles(wb), messages.get("export.roster.sheet"),
                    messages.get("export.roster.title"), messages.get("export.unit", req.unitName()),
                    messages.get("export.asOf", req.asOf()), headers);
            int[] n = {0};
            store.read(r -> {
                r.members().forEachInRosterOrder(m -> {
                    if (req.memberIds() == null ? !m.isCurrent() : !req.memberIds().contains(m.id())) {
                        return;
                    }
                    if (n[0] % 1000 == 0) {
                        progress.checkCancelled();
                        progress.update(n[0], 0);
                    }
                    n[0]++;
                    w.row(rowOf(n[0], m, req, text));
                });
                return null;
            });
            w.finish();
            return n[0];
        });
    }

    private List<Object> rowOf(int serial, Member m, RosterExportRequest req, RosterText text) {
        List<Object> row = new ArrayList<>(req.columns().size() + 1);
        row.add(serial);
        for (RosterColumn c : req.columns()) {
            Object v = MemberDiff.valueOf(m, c);
            if (c == RosterColumn.ID_NUMBER) {
                row.add(req.unmasked() ? m.idNumber() : Masking.idNumber(m.idNumber()));
            } else if (c == RosterColumn.MOBILE_PHONE || c == RosterColumn.LANDLINE_PHONE) {
                String phone = (String) v;
                row.add(phone == null ? null : req.unmasked() ? phone : Masking.phone(phone));
            } else if (v instanceof java.time.LocalDate d) {
                row.add(d);
            } else {
                String s = text.of(m, c);
                row.add(s.isEmpty() ? null : s);
            }
        }
        return row;
    }

    /** 所在党支部: the branch a member belongs to, also for members in one of its 党小组. */
    static String branchName(OrgTree tree, long orgId) {
        return tree.branchOf(orgId).or(() -> tree.find(orgId)).map(OrgUnit::fullName).orElse("");
    }
}
