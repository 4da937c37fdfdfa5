package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.org.Communities;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.MemberRating;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatedMember;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.StarCount;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.store.DataStore;

/**
 * Overviews over the stored results: the distribution per branch and per community (one GROUP BY in the
 * database, however many members), members below a star, a branch's members over a year with the annual star.
 */
public final class RatingOverview {
    private final DataStore store;
    private final SchemeService schemes;

    public RatingOverview(DataStore store, SchemeService schemes) {
        this.store = store;
        this.schemes = schemes;
    }

    /** Stars per branch in a quarter, branches in tree order. */
    public List<StarDistribution> byBranch(Quarter quarter) {
        return store.read(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            return perOrg(tree, r.rating().sheets().distribution(quarter));
        });
    }

    /** Stars per community (社区党委) in a quarter: its branches summed; branches outside a community are left out. */
    public List<StarDistribution> byCommunity(Quarter quarter) {
        return store.read(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            Map<Long, StarDistribution> sums = new LinkedHashMap<>();
            for (OrgUnit c : Communities.all(tree)) {
                sums.put(c.id(), new StarDistribution(c.id(), c.fullName(), Map.of(), 0));
            }
            for (StarDistribution d : perOrg(tree, r.rating().sheets().distribution(quarter))) {
                Communities.communityOf(tree, d.orgId()).ifPresent(c -> sums.computeIfPresent(c.id(),
                        (k, v) -> v.plus(d)));
            }
            return new ArrayList<>(sums.values());
        });
    }

    /** The whole district (or street) in one line. */
    public StarDistribution total(Quarter quarter) {
        return store.read(r -> {
            Map<StarLevel, Integer> counts = new EnumMap<>(StarLevel.class);
            int notRated = 0;
            for (StarCount c : r.rating().sheets().distribution(quarter)) {
                if (c.star() == null) {
                    notRated += c.count();
                } else {
                    counts.merge(c.star(), c.count(), Integer::sum);
                }
            }
            return new StarDistribution(0, "", counts, notRated);
        });
    }

    private static List<StarDistribution> perOrg(OrgTree tree, List<StarCount> rows) {
        Map<Long, Map<StarLevel, Integer>> counts = new HashMap<>();
        Map<Long, Integer> notRated = new HashMap<>();
        for (StarCount c : rows) {
            if (c.star() == null) {
                notRated.merge(c.orgId(), c.count(), Integer::sum);
            } else {
                counts.computeIfAbsent(c.orgId(), k -> new EnumMap<>(StarLevel.class)).merge(c.star(), c.count(),
                        Integer::sum);
            }
        }
        List<StarDistribution> out = new ArrayList<>();
        for (OrgUnit o : tree.all()) {
            if (counts.containsKey(o.id()) || notRated.containsKey(o.id())) {
                out.add(new StarDistribution(o.id(), o.fullName(), counts.getOrDefault(o.id(), Map.of()),
                        notRated.getOrDefault(o.id(), 0)));
            }
        }
        return out;
    }

    /** A rated member below a star: who, where, total and star. */
    public record LowRated(long memberId, String name, String orgName, BigDecimal total, StarLevel star) {
    }

    /** Members rated below {@code star} in a quarter (e.g. below three stars: the ones to talk to). */
    public List<LowRated> below(Quarter quarter, StarLevel star) {
        return store.read(r -> {
            OrgTree tree = new OrgTree(r.orgs().findAll());
            return r.rating().sheets().below(quarter, star).stream().map(n -> new LowRated(n.rating().memberId(),
                    n.name(), tree.find(n.rating().orgId()).map(OrgUnit::fullName).orElse(""), n.rating().total(),
                    n.rating().star())).toList();
        });
    }

    /**
     * A branch's members over the four quarters of a year, with the annual star (quarters and 民主评议) by the
     * year's scheme.
     */
    public List<MemberStars> year(long branchId, int year) {
        RatingScheme scheme = schemes.forYear(year);
        SchemeRules rules = new SchemeRules(scheme);
        return store.read(r -> {
            List<RatedMember> members = r.rating().sheets()
                    .currentMembersOf(r.rating().sheets().branchAndGroups(branchId));
            List<Long> ids = members.stream().map(RatedMember::id).toList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, List<MemberRating>> results = new HashMap<>();
            for (MemberRating m : r.rating().sheets().resultsOf(ids, new Quarter(year, 1), new Quarter(year, 4))) {
                results.computeIfAbsent(m.memberId(), k -> new ArrayList<>()).add(m);
            }
            Map<Long, AppraisalGrade> grades = r.rating().points().appraisals(ids, year);
            List<MemberStars> out = new ArrayList<>();
            for (RatedMember m : members) {
                List<MemberRating> list = results.getOrDefault(m.id(), List.of());
                list.sort(Comparator.comparing(MemberRating::quarter));
                Map<Quarter, StarLevel> stars = new HashMap<>();
                List<BigDecimal> totals = new ArrayList<>();
                for (MemberRating mr : list) {
                    if (mr.star() != null) {
                        stars.put(mr.quarter(), mr.star());
                        totals.add(mr.total());
                    }
                }
                out.add(new MemberStars(m.id(), m.name(), stars, rules.annual(totals, grades.get(m.id()))));
            }
            return out;
        });
    }

    /** Records a member's 民主评议 grade for a year (null clears it). */
    public void setAppraisal(long memberId, int year, AppraisalGrade grade) {
        store.writeVoid(r -> r.rating().points().setAppraisal(memberId, year, grade));
    }
}
