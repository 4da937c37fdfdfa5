package org.dangjiandesk.logic.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Repositories;

/**
 * The append-only, hash-chained audit log. Changes are logged inside the transaction that makes them
 * ({@link #append(Repositories, String, AuditAction, String, String)}), so a change and its entry commit together.
 * Each entry's hash covers its fields and the previous entry's hash; {@link #verify()} walks the chain.
 */
public final class AuditLog {
    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** Long details (a large import's list) are cut to fit the column. */
    private static final int MAX_DETAILS = 8000;

    private final DataStore store;
    private final Clock clock;

    public AuditLog(DataStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends an entry in a transaction of its own (logins, exports, unmasking). */
    public AuditEntry record(String loginName, AuditAction action, String target, String details) {
        return store.write(r -> append(r, loginName, action, target, details));
    }

    /** Appends an entry inside the caller's transaction. */
    public synchronized AuditEntry append(Repositories r, String loginName, AuditAction action, String target,
                                          String details) {
        String prev = r.audit().lastForAppend().map(AuditEntry::hash).orElse(GENESIS);
        // stored to the millisecond: the hash must be computed over exactly what the database gives back
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String t = target == null ? "" : target;
        String d = details == null ? "" : details;
        if (d.length() > MAX_DETAILS) {
            d = d.substring(0, MAX_DETAILS - 1) + "…";
        }
        AuditEntry e = new AuditEntry(null, at, loginName, action, t, d, prev, null);
        return r.audit().append(new AuditEntry(null, at, loginName, action, t, d, prev, hashOf(e)));
    }

    public List<AuditEntry> find(AuditQuery q) {
        return store.read(r -> r.audit().find(q.from(), q.to(), q.loginName(), q.action(), q.text(), q.limit()));
    }

    /** The result of walking the chain: entries checked and the first entry whose link is broken, if any. */
    public record Verification(long checked, Optional<Long> firstBrokenId) {
        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }

    public Verification verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> prev = new AtomicReference<>(GENESIS);
        AtomicReference<Long> broken = new AtomicReference<>();
        store.read(r -> {
            r.audit().forEachInOrder(e -> {
                if (broken.get() != null) {
                    return;
                }
                checked.incrementAndGet();
                if (!e.prevHash().equals(prev.get()) || !e.hash().equals(hashOf(e))) {
                    broken.set(e.id());
                }
                prev.set(e.hash());
            });
            return null;
        });
        return new Verification(checked.get(), Optional.ofNullable(broken.get()));
    }

    static String hashOf(AuditEntry e) {
        String canonical = String.join("\u001f", e.prevHash(), e.at().toString(), e.loginName(), e.action().name(),
                e.target(), e.details());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
