package org.dangjiandesk.logic.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.logic.security.FieldDiff;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.StoreException;

/**
 * Reads and changes the roster. Every change is validated first and written in one transaction together with
 * its history event, so a member and its history never disagree.
 */
public final class RosterService {
    private final DataStore store;
    private final ChineseNames names;
    private final MemberValidator validator;
    private final MemberLifecycle lifecycle;
    private final Clock clock;
    private final AuditTrail audit;

    public RosterService(DataStore store, ChineseNames names, Clock clock) {
        this(store, names, clock, AuditTrail.NONE);
    }

    /** With every change written to the audit log (field by field) in the transaction that makes it. */
    public RosterService(DataStore store, ChineseNames names, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.names = names;
        this.validator = new MemberValidator();
        this.lifecycle = new MemberLifecycle();
        this.clock = clock;
    }

    /** Every member (current and departed), slim, in 姓氏笔画 order. */
    public List<RosterEntry> loadRoster() {
        return store.read(r -> r.members().rosterEntries());
    }

    /** The first current members in roster order, to show while the whole roster loads. */
    public List<RosterEntry> firstPage(int size) {
        return store.read(r -> r.members().firstRosterEntries(size));
    }

    public Optional<RosterEntry> entry(long memberId) {
        return store.read(r -> r.members().rosterEntry(memberId));
    }

    public Optional<Member> find(long memberId) {
        return store.read(r -> r.members().findById(memberId));
    }

    public List<MemberEvent> history(long memberId) {
        return store.read(r -> r.events().forMember(memberId));
    }

    public List<FieldProblem> validate(Member m) {
        return validator.validate(m, today());
    }

    /** The life events that fit the member's present state (what the event dialog offers). */
    public List<EventType> applicableEvents(Member m) {
        return lifecycle.applicableEvents(m);
    }

    public MemberValidator validator() {
        return validator;
    }

    public ChineseNames names() {
        return names;
    }

    /**
     * Adds a member with a first history event ({@link EventType#REGISTERED} or {@link EventType#TRANSFERRED_IN}).
     *
     * @throws ValidationException when the member is invalid or its identity number is already on the roster
     */
    public Member create(Member m, EventType firstEvent, String docNo) {
        Member clean = clean(m);
        throwIfInvalid(clean);
        try {
            return store.write(r -> {
                if (r.members().findByIdNumber(clean.idNumber()).isPresent()) {
                    throw duplicateId();
                }
                Member saved = r.members().insert(clean, names.keysFor(clean.name()));
                MemberEvent e = new MemberEvent(null, saved.id(), firstEvent, registrationDate(saved), null, docNo,
                        null, saved.orgId(), null, null, null, null);
                r.events().insert(e);
                audit.changed(r, AuditAction.MEMBER_CREATED, target(saved), null, saved);
                return saved;
            });
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DUPLICATE_ID_NUMBER) {
                throw duplicateId();
            }
            throw e;
        }
    }

    /**
     * Saves edits of a member's fields (not its life events, which go through {@link #recordEvent}).
     *
     * @throws ValidationException when invalid
     * @throws StoreException STALE_DATA when someone else saved the member since it was loaded
     */
    public Member update(Member m) {
        Member clean = clean(m);
        throwIfInvalid(clean);
        try {
            return store.write(r -> {
                Optional<Member> sameId = r.members().findByIdNumber(clean.idNumber());
                if (sameId.isPresent() && !sameId.get().id().equals(clean.id())) {
                    throw duplicateId();
                }
                Member before = r.members().findById(clean.id()).orElse(null);
                Member saved = r.members().update(clean, names.keysFor(clean.name()));
                audit.changed(r, AuditAction.MEMBER_CHANGED, target(saved), before, saved);
                return saved;
            });
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DUPLICATE_ID_NUMBER) {
                throw duplicateId();
            }
            throw e;
        }
    }

    /**
     * Records a life event and applies it to the member in one transaction.
     *
     * @throws LifecycleException when the event does not fit the member's state
     * @throws ValidationException when the member after the event would be invalid (e.g. badly typed dues)
     */
    public Member recordEvent(MemberEvent event) {
        return store.write(r -> {
            Member current = r.members().findById(event.memberId())
                    .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, "no member " + event.memberId()));
            Member after = lifecycle.apply(current, event, today());
            throwIfInvalid(after); // e.g. dues typed into a transfer in the wrong format
            MemberEvent stored = lifecycle.complete(current, event);
            Member saved = r.members().update(after, names.keysFor(after.name()));
            r.events().insert(stored);
            audit.note(r, AuditAction.MEMBER_EVENT, target(saved), stored.type().name() + " " + stored.date()
                    + "\n" + FieldDiff.describe(FieldDiff.between(current, saved)));
            return saved;
        });
    }

    /** The member as it is stored: name stripped, identity number without spaces and with an upper-case X. */
    private static Member clean(Member m) {
        return m.toBuilder()
                .name(m.name() == null ? null : m.name().strip())
                .idNumber(m.idNumber() == null ? null : IdNumber.normalize(m.idNumber()))
                .build();
    }

    private void throwIfInvalid(Member m) {
        List<FieldProblem> problems = validator.validate(m, today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static ValidationException duplicateId() {
        return new ValidationException(List.of(FieldProblem.of(MemberField.ID_NUMBER, "validation.duplicateIdNumber")));
    }

    private LocalDate registrationDate(Member m) {
        return m.joinedOn() != null ? m.joinedOn() : today();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How the audit log names a member: name and record number. */
    private static String target(Member m) {
        return m.name() + " #" + m.id();
    }
}
