package org.dangjiandesk.logic.brand;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.Indicators;

/**
 * The board of brand projects for a filter: the rows, how many are in each status per category, and the
 * indicator totals per community (planned and actual).
 */
public record BrandOverview(List<ProjectRow> rows, Map<BrandStatus, Map<BrandCategory, Integer>> board,
                            Map<String, CommunityTotals> communities) {

    /** One community's projects and their indicator totals. */
    public record CommunityTotals(int projects, Indicators planned, Indicators actual) {
        CommunityTotals plus(ProjectRow r) {
            return new CommunityTotals(projects + 1, planned.plus(r.project().planned()), actual.plus(r.actual()));
        }
    }

    static BrandOverview of(List<ProjectRow> rows, String outsideCommunities) {
        Map<BrandStatus, Map<BrandCategory, Integer>> board = new EnumMap<>(BrandStatus.class);
        for (BrandStatus s : BrandStatus.values()) {
            Map<BrandCategory, Integer> byCategory = new EnumMap<>(BrandCategory.class);
            for (BrandCategory c : BrandCategory.values()) {
                byCategory.put(c, 0);
            }
            board.put(s, byCategory);
        }
        Map<String, CommunityTotals> communities = new LinkedHashMap<>();
        for (ProjectRow r : rows) {
            board.get(r.project().status()).merge(r.project().category(), 1, Integer::sum);
            String key = r.communityName() == null ? outsideCommunities : r.communityName();
            communities.merge(key, new CommunityTotals(0, Indicators.ZERO, Indicators.ZERO).plus(r),
                    (a, b) -> new CommunityTotals(a.projects() + b.projects(), a.planned().plus(b.planned()),
                            a.actual().plus(b.actual())));
        }
        return new BrandOverview(rows, board, communities);
    }

    /** Projects in a status, all categories. */
    public int count(BrandStatus s) {
        return board.get(s).values().stream().mapToInt(Integer::intValue).sum();
    }
}
