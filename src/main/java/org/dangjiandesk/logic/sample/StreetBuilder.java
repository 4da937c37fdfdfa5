package org.dangjiandesk.logic.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.org.OrgRules;
import org.dangjiandesk.logic.sample.MemberFactory.Draft;
import org.dangjiandesk.logic.sample.MemberFactory.Profile;
import org.dangjiandesk.logic.sample.MemberFactory.Slot;
import org.dangjiandesk.logic.sample.MemberFactory.State;
import org.dangjiandesk.logic.sample.StreetLayout.Branch;
import org.dangjiandesk.logic.sample.StreetLayout.BranchKind;
import org.dangjiandesk.logic.sample.StreetLayout.Unit;
import org.dangjiandesk.logic.sample.StreetLayout.UnitKind;
import org.dangjiandesk.logic.settings.SettingKey;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.UnitSituation;
import org.dangjiandesk.store.Repositories;

/**
 * Writes one sample street inside an open transaction: the 党工委, its units (communities, offices, 两新
 * organisations), each community's places, the branches with their 党小组, and the members in batches.
 * One instance per run.
 */
final class StreetBuilder {
    static final String STREET_SHORT_NAME = SampleNames.STREET;
    private static final String ROOT_FULL_NAME = "中共" + SampleNames.STREET + "工作委员会";
    private static final String ROOT_SHORT_NAME = SampleNames.STREET + "党工委";
    private static final double PROBATIONARY_SHARE = 0.032;
    private static final double DEPARTED_SHARE = 0.025;
    /** Branches smaller than this have no probationary members, so they keep three full members. */
    private static final int MIN_SIZE_WITH_PROBATIONARY = 8;
    private static final List<String> ROADS = List.of("岚湖路", "青溪路", "文昌路", "建设路", "人民路", "解放路",
            "中山路", "胜利路", "新华路", "长江路");

    private final Repositories repos;
    private final LocalDate today;
    private final Dice dice;
    private final MemberBatch batch;
    private final SampleNames names = new SampleNames();
    private final NameGenerator personNames = new NameGenerator();
    private final IdNumberGenerator idNumbers = new IdNumberGenerator();
    private final PhoneGenerator phones = new PhoneGenerator();
    private final List<Place> streetBuildings = new ArrayList<>();
    private final OrgFactory orgs;
    private MemberFactory members;
    private int orgCount;
    private int placeCount;

    StreetBuilder(Repositories repos, SampleOptions options, MemberBatch batch) {
        this.repos = repos;
        this.today = options.referenceDate();
        this.dice = new Dice(options.seed());
        this.batch = batch;
        this.orgs = new OrgFactory(dice, today);
    }

    SampleResult build(int memberCount) {
        LocalDate rootFounded = dice.dayBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2003, 12, 31));
        String rootDocNo = "东岚委〔" + rootFounded.getYear() + "〕" + dice.between(3, 40) + "号";
        OrgUnit root = insert(orgs.withTerm(orgs.create(null, OrgType.WORKING_COMMITTEE, ROOT_FULL_NAME,
                ROOT_SHORT_NAME, UnitSituation.LEGAL_ENTITY, rootFounded, rootDocNo, true, true, 0), false));
        List<Unit> units = StreetLayout.units(dice, memberCount);
        List<OrgUnit> unitOrgs = new ArrayList<>();
        List<Long> communityIds = new ArrayList<>();
        for (Unit unit : units) {
            OrgUnit saved = insert(unitOrg(root, unit));
            unitOrgs.add(saved);
            if (unit.isCommunity()) {
                communityIds.add(saved.id());
            }
        }
        members = new MemberFactory(today, personNames, idNumbers, phones, communityIds);
        Member streetSecretary = null;
        for (int i = 0; i < units.size(); i++) {
            Map<String, Member> leaders = buildUnit(units.get(i), unitOrgs.get(i));
            streetSecretary = leaders.getOrDefault("党工委书记", streetSecretary);
        }
        if (streetSecretary != null) {
            repos.orgs().update(OrgFactory.withLeader(root, streetSecretary));
        }
        batch.flush();
        repos.settings().put(SettingKey.STREET_NAME.storedKey(), STREET_SHORT_NAME);
        repos.settings().put(SettingKey.STREET_CODE.storedKey(), root.orgCode());
        return new SampleResult(STREET_SHORT_NAME, orgCount, placeCount, batch.current(), batch.departed(),
                batch.events());
    }

    private OrgUnit unitOrg(OrgUnit root, Unit unit) {
        boolean committee = unit.type() == OrgType.COMMITTEE;
        String core = switch (unit.kind()) {
            case COMMUNITY -> unit.name() + "社区";
            case OFFICE -> SampleNames.STREET + "机关";
            case ENTERPRISES -> SampleNames.STREET + "非公有制经济组织和社会组织综合";
        };
        String shortCore = switch (unit.kind()) {
            case COMMUNITY -> unit.name() + "社区";
            case OFFICE -> "街道机关";
            case ENTERPRISES -> "两新组织综合";
        };
        String fullName = "中共" + core + (committee ? "委员会" : "总支部委员会");
        String shortName = shortCore + (committee ? "党委" : "党总支");
        LocalDate founded = dice.dayBetween(root.foundedOn().plusMonths(1), LocalDate.of(2012, 12, 31));
        OrgUnit o = orgs.create(root.id(), unit.type(), fullName, shortName,
                unit.isCommunity() ? UnitSituation.LEGAL_ENTITY : UnitSituation.SAME_AS_PARENT, founded,
                orgs.docNo(founded), committee, true, unit.index() + 1);
        if (unit.isCommunity()) {
            o = OrgFactory.withArea(o, SampleNames.ADDRESS_PREFIX + unit.name() + "社区");
        }
        return orgs.withTerm(o, unit.isCommunity());
    }

    /** Builds a unit's places and branches; returns the members given a senior post (社区党委书记 …). */
    private Map<String, Member> buildUnit(Unit unit, OrgUnit unitOrg) {
        List<Branch> plan = StreetLayout.branches(dice, unit);
        CommunityPlaces places = null;
        if (unit.isCommunity()) {
            long compoundBranches = plan.stream().filter(b -> b.kind() == BranchKind.COMPOUND).count();
            long gridBranches = plan.stream().filter(b -> b.kind() == BranchKind.GRID).count();
            places = CommunityPlaces.create(repos.places(), dice, names, unitOrg, unit.name(),
                    (int) gridBranches + dice.between(1, 2), (int) compoundBranches + dice.between(1, 3));
            placeCount += places.count();
            streetBuildings.addAll(places.buildings());
        }
        Map<String, Member> leaders = new LinkedHashMap<>();
        List<DraftBranch> drafted = new ArrayList<>();
        int compounds = 0;
        int grids = 0;
        int numbered = 0;
        int joints = 0;
        for (int k = 0; k < plan.size(); k++) {
            Branch branch = plan.get(k);
            BranchSite site = switch (branch.kind()) {
                case COMPOUND -> BranchSite.compound(unit, places.compound(compounds++));
                case GRID -> BranchSite.grid(unit, places, places.grid(grids++));
                case GENERAL -> BranchSite.general(unit, places, ++numbered);
                case OFFICE -> BranchSite.office(numbered++);
                case FIRM -> BranchSite.firm(names.firm(dice));
                case JOINT -> BranchSite.joint(unit, joints++, firms(dice.between(3, 6)));
            };
            List<String> senior = k == 0 ? seniorPosts(unit) : List.of();
            DraftBranch d = draftBranch(unitOrg, unit, branch, site, k, senior);
            drafted.add(d);
            leaders.putAll(d.seniors());
        }
        save(drafted);
        Member secretary = leaders.get(seniorPosts(unit).get(unit.kind() == UnitKind.OFFICE ? 1 : 0));
        if (secretary != null) {
            repos.orgs().update(OrgFactory.withLeader(unitOrg, secretary));
        }
        return leaders;
    }

    private List<String> seniorPosts(Unit unit) {
        String unitPost = (unit.type() == OrgType.COMMITTEE ? "党委" : "党总支") + "书记";
        return switch (unit.kind()) {
            case COMMUNITY -> List.of("社区" + unitPost);
            case OFFICE -> List.of("党工委书记", "机关" + unitPost);
            case ENTERPRISES -> List.of("两新组织综合" + unitPost);
        };
    }

    private List<String> firms(int count) {
        List<String> firms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            firms.add(names.firm(dice));
        }
        return firms;
    }

    /** A branch with its 党小组 and members, planned but not yet saved. */
    private record DraftBranch(OrgUnit branch, List<OrgUnit> groups, List<Draft> drafts, List<Integer> groupOf,
            Map<String, Member> seniors) {
    }

    private DraftBranch draftBranch(OrgUnit parent, Unit unit, Branch branch, BranchSite site, int index,
            List<String> seniorPosts) {
        List<GroupSite> groups = site.groups(branch.size());
        Profile profile = switch (branch.kind()) {
            case GENERAL, COMPOUND, GRID -> Profile.RESIDENT;
            case JOINT, FIRM -> Profile.WORKER;
            case OFFICE -> Profile.OFFICIAL;
        };
        List<Draft> drafts = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        for (int i = 0; i < branch.size(); i++) {
            int g = groups.isEmpty() ? -1 : i % groups.size();
            State state = branch.size() >= MIN_SIZE_WITH_PROBATIONARY && dice.chance(PROBATIONARY_SHARE)
                    ? State.PROBATIONARY : State.FULL;
            drafts.add(members.create(dice, slot(unit, profile, site, g < 0 ? null : groups.get(g)), state));
            groupOf.add(g);
        }
        int departed = branch.size() >= MIN_SIZE_WITH_PROBATIONARY ? binomial(branch.size(), DEPARTED_SHARE) : 0;
        for (int i = 0; i < departed; i++) {
            int g = groups.isEmpty() ? -1 : dice.between(0, groups.size() - 1);
            drafts.add(members.create(dice, slot(unit, profile, site, g < 0 ? null : groups.get(g)), State.DEPARTED));
            groupOf.add(g);
        }
        int full = (int) drafts.stream().map(Draft::member)
                .filter(m -> m.isCurrent() && m.category() == MemberCategory.FULL).count();
        boolean committee = full >= OrgRules.COMMITTEE_FROM_FULL_MEMBERS;
        Map<String, Member> posts = Posts.assign(drafts, groupOf, groups.size(), committee, seniorPosts, today);
        Member secretary = posts.get(Posts.BRANCH_SECRETARY);

        LocalDate founded = dice.dayBetween(parent.foundedOn().plusMonths(1), today.minusYears(2));
        String fullName = "中共" + site.fullPrefix() + site.core() + (committee ? "支部委员会" : "支部");
        OrgUnit o = orgs.create(parent.id(), site.type(), fullName, site.shortName(), site.situation(), founded,
                orgs.docNo(founded), false, committee, index + 1);
        o = orgs.withTerm(OrgFactory.withPlace(o, site.placeId()), unit.isCommunity());
        List<OrgUnit> groupOrgs = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            GroupSite group = groups.get(g);
            Member leader = posts.get(Posts.groupLeaderKey(g));
            OrgUnit go = orgs.create(null, OrgType.GROUP, fullName + group.name(), group.name(),
                    UnitSituation.SAME_AS_PARENT, founded, null, false, false, g + 1);
            go = OrgFactory.withPlace(go, group.placeId());
            groupOrgs.add(leader == null ? go : OrgFactory.withLeader(go, leader));
        }
        Map<String, Member> senior = new LinkedHashMap<>();
        for (String post : seniorPosts) {
            if (posts.containsKey(post)) {
                senior.put(post, posts.get(post));
            }
        }
        OrgUnit led = secretary == null ? o : OrgFactory.withLeader(o, secretary);
        return new DraftBranch(led, groupOrgs, drafts, groupOf, senior);
    }

    /** Saves a unit's branches, then their 党小组, then queues the members with their organisation. */
    private void save(List<DraftBranch> drafted) {
        List<OrgUnit> branches = insertAll(drafted.stream().map(DraftBranch::branch).toList());
        List<OrgUnit> groupPlans = new ArrayList<>();
        for (int b = 0; b < drafted.size(); b++) {
            for (OrgUnit g : drafted.get(b).groups()) {
                groupPlans.add(g.withParent(branches.get(b).id()));
            }
        }
        List<OrgUnit> groups = insertAll(groupPlans);
        int firstGroup = 0;
        for (int b = 0; b < drafted.size(); b++) {
            DraftBranch d = drafted.get(b);
            for (int i = 0; i < d.drafts().size(); i++) {
                int g = d.groupOf().get(i);
                long orgId = g < 0 ? branches.get(b).id() : groups.get(firstGroup + g).id();
                Draft draft = d.drafts().get(i);
                batch.add(draft.withMember(draft.member().toBuilder().orgId(orgId).build()));
            }
            firstGroup += d.groups().size();
        }
    }

    /** Where a member of a branch lives and works. */
    private Slot slot(Unit unit, Profile profile, BranchSite site, GroupSite group) {
        List<Place> homes = group != null && !group.homes().isEmpty() ? group.homes() : site.homes();
        if (profile == Profile.RESIDENT && !homes.isEmpty()) {
            Place home = dice.pick(homes);
            Long placeId = site.memberPlace(dice, home, group);
            boolean inBuilding = placeId != null && placeId.equals(home.id());
            return new Slot(profile, placeId, SampleNames.ADDRESS_PREFIX + home.name(), null, false, inBuilding);
        }
        String address = !streetBuildings.isEmpty() && dice.chance(0.7)
                ? SampleNames.ADDRESS_PREFIX + dice.pick(streetBuildings).name()
                : SampleNames.CITY + "西岚区" + dice.pick(ROADS) + dice.between(1, 300) + "号";
        return new Slot(profile, null, address, site.employer(dice), unit.kind() != UnitKind.COMMUNITY, false);
    }

    private int binomial(int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (dice.chance(p)) {
                k++;
            }
        }
        return k;
    }

    private OrgUnit insert(OrgUnit o) {
        orgCount++;
        return repos.orgs().insert(o);
    }

    private List<OrgUnit> insertAll(List<OrgUnit> list) {
        orgCount += list.size();
        return repos.orgs().insertAll(list);
    }

    /** Members of a 党小组 and where the group is organised (a building or micro-grid, or nowhere). */
    record GroupSite(String name, Long placeId, List<Place> homes) {
    }
}
