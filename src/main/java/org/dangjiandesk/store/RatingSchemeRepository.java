package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.RATING_SCHEME;
import static org.dangjiandesk.store.jooq.Tables.RATING_SHEET;

import java.util.List;
import java.util.Optional;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.store.jooq.tables.records.RatingSchemeRecord;
import org.jooq.DSLContext;

/** Rating schemes, one or more per year. */
public final class RatingSchemeRepository {
    private final DSLContext dsl;

    RatingSchemeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RatingScheme> findAll() {
        return dsl.selectFrom(RATING_SCHEME).orderBy(RATING_SCHEME.SCHEME_YEAR.desc(), RATING_SCHEME.ID.desc())
                .fetch(RatingSchemeRepository::toModel);
    }

    public Optional<RatingScheme> findById(long id) {
        return dsl.selectFrom(RATING_SCHEME).where(RATING_SCHEME.ID.eq(id)).fetchOptional(RatingSchemeRepository::toModel);
    }

    /** The newest scheme of a year (the one new assessments of that year use). */
    public Optional<RatingScheme> latestForYear(int year) {
        return dsl.selectFrom(RATING_SCHEME).where(RATING_SCHEME.SCHEME_YEAR.eq(year))
                .orderBy(RATING_SCHEME.ID.desc()).limit(1).fetchOptional(RatingSchemeRepository::toModel);
    }

    public RatingScheme insert(RatingScheme s) {
        RatingSchemeRecord r = dsl.newRecord(RATING_SCHEME);
        r.setSchemeYear(s.year());
        r.setSchemeName(s.name());
        r.setDefinition(RatingSchemeCodec.encode(s));
        r.setRowVersion(0);
        r.store();
        return s.withId(r.getId());
    }

    public void update(RatingScheme s) {
        dsl.update(RATING_SCHEME)
                .set(RATING_SCHEME.SCHEME_YEAR, s.year())
                .set(RATING_SCHEME.SCHEME_NAME, s.name())
                .set(RATING_SCHEME.DEFINITION, RatingSchemeCodec.encode(s))
                .set(RATING_SCHEME.ROW_VERSION, RATING_SCHEME.ROW_VERSION.plus(1))
                .where(RATING_SCHEME.ID.eq(s.id()))
                .execute();
    }

    /** A scheme is in use (and frozen) once any assessment refers to it. */
    public boolean isInUse(long schemeId) {
        return dsl.fetchExists(RATING_SHEET, RATING_SHEET.SCHEME_ID.eq(schemeId));
    }

    private static RatingScheme toModel(RatingSchemeRecord r) {
        return RatingSchemeCodec.decode(r.getId(), r.getSchemeYear(), r.getSchemeName(), r.getDefinition());
    }
}
