package org.dangjiandesk.logic.rating;

import java.util.List;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.store.DataStore;
import org.dangjiandesk.store.Repositories;

/**
 * Rating schemes: the default one is created for a year on first use; a scheme an assessment uses is frozen
 * (to change the rules, copy it and edit the copy, which new assessments of that year then use).
 */
public final class SchemeService {
    private final DataStore store;
    private final Messages messages;
    private final AuditTrail audit;

    public SchemeService(DataStore store, Messages messages) {
        this(store, messages, AuditTrail.NONE);
    }

    public SchemeService(DataStore store, Messages messages, AuditTrail audit) {
        this.store = store;
        this.messages = messages;
        this.audit = audit;
    }

    /** A scheme and whether it is frozen. */
    public record SchemeInfo(RatingScheme scheme, boolean inUse) {
    }

    public List<SchemeInfo> list() {
        return store.read(r -> r.rating().schemes().findAll().stream()
                .map(s -> new SchemeInfo(s, r.rating().schemes().isInUse(s.id()))).toList());
    }

    /** The newest scheme of a year; the shipped default when the year has none yet. */
    public RatingScheme forYear(int year) {
        return store.write(r -> forYear(r, year));
    }

    RatingScheme forYear(Repositories r, int year) {
        return r.rating().schemes().latestForYear(year).orElseGet(() -> r.rating().schemes()
                .insert(DefaultScheme.forYear(year, messages.get("rating.scheme.defaultName", year))));
    }

    public RatingScheme find(long id) {
        return store.read(r -> r.rating().schemes().findById(id))
                .orElseThrow(() -> new RatingException("rating.error.noScheme", id));
    }

    public boolean isInUse(long id) {
        return store.read(r -> r.rating().schemes().isInUse(id));
    }

    /**
     * Saves a new scheme or changes one nobody uses yet.
     *
     * @throws RatingException when the scheme is in use or its rules do not hold together
     */
    public RatingScheme save(RatingScheme s) {
        List<String> problems = SchemeRules.problems(s);
        if (!problems.isEmpty()) {
            throw new RatingException(problems.get(0));
        }
        return store.write(r -> {
            if (s.id() == null) {
                RatingScheme saved = r.rating().schemes().insert(s);
                audit.edited(r, "ratingScheme", saved.id(), null, saved);
                return saved;
            }
            if (r.rating().schemes().isInUse(s.id())) {
                throw new RatingException("rating.error.frozen", s.name());
            }
            RatingScheme before = r.rating().schemes().findById(s.id()).orElseThrow();
            r.rating().schemes().update(s);
            audit.edited(r, "ratingScheme", s.id(), before, s);
            return s;
        });
    }

    /** Saves a copy of a scheme for a year under a new name (the way to change a frozen scheme). */
    public RatingScheme copy(long schemeId, int year, String name) {
        RatingScheme original = find(schemeId);
        return save(original.copyAs(year, name));
    }
}
