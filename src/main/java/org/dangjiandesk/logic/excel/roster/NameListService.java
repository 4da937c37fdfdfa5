package org.dangjiandesk.logic.excel.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.Masking;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.store.DataStore;

/**
 * The standard name lists for upward submission (花名册, 转入/转出/死亡/预备党员名册) for a period, built from the
 * member history so they agree with the add/remove ledger.
 */
public final class NameListService {
    private final DataStore store;
    private final AuditTrail audit;
    private final RosterExportService roster;
    private final Messages messages;

    public NameListService(DataStore store, CodeLists codes, Messages messages) {
        this(store, codes, messages, AuditTrail.NONE);
    }

    /** With the export permission checked and every list written to the audit log. */
    public NameListService(DataStore store, CodeLists codes, Messages messages, AuditTrail audit) {
        this.store = store;
        this.roster = new RosterExportService(store, codes, messages, audit);
        this.messages = messages;
        this.audit = audit;
    }

    /** Writes one list and returns the number of people in it. */
    public int export(NameList list, LocalDate from, LocalDate to, Path out, boolean unmasked, String unitName,
                      Progress progress) {
        if (list != NameList.ROSTER) {
            audit.requireExport(unmasked);
        }
        if (list == NameList.ROSTER) {
            return roster.export(out, new RosterExportRequest(RosterExportRequest.nationalColumns(), null, unmasked,
                    unitName, to), progress);
        }
        OrgTree tree = new OrgTree(store.read(r -> r.orgs().findAll()));
        List<List<Object>> rows = new ArrayList<>();
        List<String> headers = headers(list);
        store.read(r -> {
            if (list == NameList.PROBATIONARY) {
                for (var e : r.members().rosterEntries()) {
                    if (e.isCurrent() && e.category() == MemberCategory.PROBATIONARY && !e.joinedOn().isAfter(to)) {
                        Member m = r.members().findById(e.id()).orElseThrow();
                        int months = r.events().forMember(m.id()).stream()
                                .filter(ev -> ev.type() == EventType.PROBATION_EXTENDED)
                                .mapToInt(ev -> ev.months() == null ? 0 : ev.months()).sum();
                        rows.add(List.of(rows.size() + 1, m.name(), messages.label(m.sex()), id(m, unmasked),
                                m.birthDate(), org(tree, m.orgId()), m.joinedOn(),
                                m.joinedOn().plusYears(1).plusMonths(months), months == 0 ? "" : months + ""));
                    }
                }
                return null;
            }
            EventType type = switch (list) {
                case TRANSFERRED_IN -> EventType.TRANSFERRED_IN;
                case TRANSFERRED_OUT -> EventType.TRANSFERRED_OUT;
                default -> EventType.DIED;
            };
            for (MemberEvent e : r.events().inRange(List.of(type), from, to)) {
                progress.checkCancelled();
                Member m = r.members().findById(e.memberId()).orElseThrow();
                rows.add(row(list, rows.size() + 1, m, e, tree, unmasked));
            }
            return null;
        });
        int written = Excel.writeAtomically(out, wb -> {
            SheetWriter w = new SheetWriter(wb, new SheetWriter.Styles(wb), messages.get(list.titleKey()),
                    messages.get(list.titleKey()) + messages.get("export.period", from, to),
                    messages.get("export.unit", unitName), messages.get("export.asOf", to), headers);
            rows.forEach(w::row);
            w.finish();
            return rows.size();
        });
        audit.record(AuditAction.EXPORT, messages.get(list.titleKey()), "file: " + out.getFileName() + ", rows: "
                + written + (unmasked ? ", unmasked" : ""));
        return written;
    }

    private List<String> headers(NameList list) {
        String keys = switch (list) {
            case TRANSFERRED_IN -> "serial,name,sex,id,category,date.in,from,toOrg,letter,dues";
            case TRANSFERRED_OUT -> "serial,name,sex,id,category,date.out,fromOrg,to,letter,dues";
            case DIED -> "serial,name,sex,id,birth,joined,org,date.died,note";
            case PROBATIONARY -> "serial,name,sex,id,birth,org,joined,probationEnds,extension";
            case ROSTER -> "";
        };
        List<String> h = new ArrayList<>();
        for (String k : keys.split(",")) {
            h.add(messages.get("export.col." + k));
        }
        return h;
    }

    private List<Object> row(NameList list, int serial, Member m, MemberEvent e, OrgTree tree, boolean unmasked) {
        List<Object> r = new ArrayList<>(List.of(serial, m.name(), messages.label(m.sex()), id(m, unmasked)));
        switch (list) {
            case TRANSFERRED_IN -> r.addAll(java.util.Arrays.asList(messages.label(m.category()), e.date(),
                    e.otherParty(), org(tree, e.toOrgId()), e.docNo(), e.duesPaidUntil()));
            case TRANSFERRED_OUT -> r.addAll(java.util.Arrays.asList(messages.label(m.category()), e.date(),
                    org(tree, e.fromOrgId()), e.otherParty(), e.docNo(), e.duesPaidUntil()));
            default -> r.addAll(java.util.Arrays.asList(m.birthDate(), m.joinedOn(), org(tree, m.orgId()), e.date(),
                    e.reason()));
        }
        return r;
    }

    private static String id(Member m, boolean unmasked) {
        return unmasked ? m.idNumber() : Masking.idNumber(m.idNumber());
    }

    private static String org(OrgTree tree, Long id) {
        return Optional.ofNullable(id).flatMap(tree::find).map(OrgUnit::fullName).orElse("");
    }
}
