package org.dangjiandesk.store;

import org.jooq.DSLContext;

/** The repositories of one unit of work, all bound to the same connection and transaction. */
public final class Repositories {
    private final OrgRepository orgs;
    private final PlaceRepository places;
    private final MemberRepository members;
    private final EventRepository events;
    private final CodeRepository codes;
    private final SettingsRepository settings;
    private final RatingRepositories rating;
    private final TrainingRepository training;
    private final BrandRepository brand;
    private final EvaluationRepository evaluations;
    private final UserRepository users;
    private final AuditRepository audit;
    private final StatsRepository stats;

    Repositories(DSLContext dsl) {
        this.orgs = new OrgRepository(dsl);
        this.places = new PlaceRepository(dsl);
        this.members = new MemberRepository(dsl);
        this.events = new EventRepository(dsl);
        this.codes = new CodeRepository(dsl);
        this.settings = new SettingsRepository(dsl);
        this.rating = new RatingRepositories(dsl);
        this.training = new TrainingRepository(dsl);
        this.brand = new BrandRepository(dsl);
        this.evaluations = new EvaluationRepository(dsl);
        this.users = new UserRepository(dsl);
        this.audit = new AuditRepository(dsl);
        this.stats = new StatsRepository(dsl);
    }

    public OrgRepository orgs() {
        return orgs;
    }

    public PlaceRepository places() {
        return places;
    }

    public MemberRepository members() {
        return members;
    }

    public EventRepository events() {
        return events;
    }

    public CodeRepository codes() {
        return codes;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public RatingRepositories rating() {
        return rating;
    }

    public TrainingRepository training() {
        return training;
    }

    public BrandRepository brand() {
        return brand;
    }

    public EvaluationRepository evaluations() {
        return evaluations;
    }

    public UserRepository users() {
        return users;
    }

    public AuditRepository audit() {
        return audit;
    }

    public StatsRepository stats() {
        return stats;
    }
}
