package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The charts of an organisation subtree on a day, and the members they count (so a bar can be opened in the
 * roster without reading anything again).
 */
public final class Dashboard {
    private final long scopeId;
    private final LocalDate day;
    private final List<ChartData> charts;
    private final List<MemberState> counted;
    private final MemberBreakdowns breakdowns;

    Dashboard(long scopeId, LocalDate day, List<ChartData> charts, List<MemberState> counted,
              MemberBreakdowns breakdowns) {
        this.scopeId = scopeId;
        this.day = day;
        this.charts = List.copyOf(charts);
        this.counted = counted;
        this.breakdowns = breakdowns;
    }

    public long scopeId() {
        return scopeId;
    }

    public LocalDate day() {
        return day;
    }

    public List<ChartData> charts() {
        return charts;
    }

    public ChartData chart(Dimension d) {
        return charts.stream().filter(c -> c.dimension() == d).findFirst().orElseThrow();
    }

    /** Members counted in the subtree on the day. */
    public int members() {
        return counted.size();
    }

    /** The ids of the counted members behind a bar of a member breakdown. */
    public List<Long> membersOf(Dimension d, String barKey) {
        if (!d.isMemberBreakdown()) {
            throw new IllegalArgumentException("not a member breakdown: " + d);
        }
        List<Long> ids = new ArrayList<>();
        for (MemberState s : counted) {
            if (Objects.equals(breakdowns.keyOf(d, s), barKey)) {
                ids.add(s.id());
            }
        }
        return ids;
    }
}
