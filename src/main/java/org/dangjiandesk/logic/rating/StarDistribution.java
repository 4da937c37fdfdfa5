package org.dangjiandesk.logic.rating;

import java.util.EnumMap;
import java.util.Map;
import org.dangjiandesk.model.StarLevel;

/** Members per star for one organisation (a branch, or a community summing its branches) in a quarter. */
public record StarDistribution(long orgId, String name, Map<StarLevel, Integer> counts, int notRated) {
    public StarDistribution {
        counts = Map.copyOf(counts);
    }

    public int count(StarLevel s) {
        return counts.getOrDefault(s, 0);
    }

    public int rated() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    StarDistribution plus(StarDistribution o) {
        Map<StarLevel, Integer> sum = new EnumMap<>(StarLevel.class);
        sum.putAll(counts);
        o.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new StarDistribution(orgId, name, sum, notRated + o.notRated);
    }
}
