package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.store.jooq.tables.records.AuditLogRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit log. Append and read only: there is deliberately no update or delete. */
public final class AuditRepository {
    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The newest entry. On a shared server the newest row is locked first and then read again: a second clerk's
     * append waits for the first to commit and then chains onto it (the re-read sees the committed row). The
     * embedded database has one writer process, which serialises its appends itself.
     */
    public Optional<AuditEntry> lastForAppend() {
        if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            dsl.select(AUDIT_LOG.ID).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1).forUpdate().fetch();
        }
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOptional(AuditRepository::toModel);
    }

    public AuditEntry append(AuditEntry e) {
        AuditLogRecord r = dsl.newRecord(AUDIT_LOG);
        r.setLoggedAt(e.at());
        r.setLoginName(e.loginName());
        r.setAction(e.action().name());
        r.setTarget(e.target());
        r.setDetails(e.details());
        r.setPrevHash(e.prevHash());
        r.setEntryHash(e.hash());
        r.store();
        return toModel(r);
    }

    public int count() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    /** Newest first, filtered; any filter may be null. */
    public List<AuditEntry> find(LocalDateTime from, LocalDateTime to, String loginName, AuditAction action,
                                 String text, int limit) {
        List<Condition> where = new ArrayList<>();
        if (from != null) {
            where.add(AUDIT_LOG.LOGGED_AT.ge(from));
        }
        if (to != null) {
            where.add(AUDIT_LOG.LOGGED_AT.lt(to));
        }
        if (loginName != null && !loginName.isBlank()) {
            where.add(AUDIT_LOG.LOGIN_NAME.eq(loginName));
        }
        if (action != null) {
            where.add(AUDIT_LOG.ACTION.eq(action.name()));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(AUDIT_LOG.TARGET.like(like, '\\').or(AUDIT_LOG.DETAILS.like(like, '\\')));
        }
        return dsl.selectFrom(AUDIT_LOG).where(DSL.and(where)).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(AuditRepository::toModel);
    }

    /** Every entry in the order written, for verifying the chain without holding the whole log in memory. */
    public void forEachInOrder(Consumer<AuditEntry> sink) {
        try (var cursor = dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetchSize(1000).fetchLazy()) {
            for (AuditLogRecord r : cursor) {
                sink.accept(toModel(r));
            }
        }
    }

    private static AuditEntry toModel(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getLoggedAt(), r.getLoginName(), AuditAction.valueOf(r.getAction()),
                r.getTarget(), r.getDetails(), r.getPrevHash(), r.getEntryHash());
    }
}
