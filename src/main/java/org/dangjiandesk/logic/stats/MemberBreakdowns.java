package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.JoiningPeriod;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.Sex;

/** The member breakdowns of the dashboard: the bar a member falls in, and the bars of each breakdown in order. */
final class MemberBreakdowns {
    /** Bar key of members whose field the breakdown needs is empty. */
    static final String MISSING = "MISSING";
    private final Classifier classify;
    private final CodeLists codes;
    private final Messages messages;
    private final LocalDate day;

    MemberBreakdowns(Classifier classify, CodeLists codes, Messages messages, LocalDate day) {
        this.classify = classify;
        this.codes = codes;
        this.messages = messages;
        this.day = day;
    }

    String keyOf(Dimension d, MemberState s) {
        var f = s.facts();
        return switch (d) {
            case AGE_BAND -> Classifier.ageBand(f, day).name();
            case SEX -> f.sex().name();
            case EDUCATION -> f.educationCode() == null ? MISSING : f.educationCode();
            case JOINING_PERIOD -> f.joinedOn() == null ? MISSING : JoiningPeriod.of(f.joinedOn()).name();
            case OCCUPATION -> {
                String g = classify.occupationGroup(f);
                yield g == null ? MISSING : g;
            }
            case CATEGORY -> s.category().name();
            default -> throw new IllegalArgumentException(d.name());
        };
    }

    /** Key → label of every bar of a breakdown, in display order; the 未填 bar last. */
    Map<String, String> bars(Dimension d) {
        Map<String, String> bars = new LinkedHashMap<>();
        switch (d) {
            case AGE_BAND -> {
                for (AgeBand b : AgeBand.values()) {
                    bars.put(b.name(), messages.label(b));
                }
            }
            case SEX -> {
                for (Sex s : Sex.values()) {
                    bars.put(s.name(), messages.label(s));
                }
            }
            case EDUCATION -> {
                for (CodeItem i : codes.items(CodeCategory.EDUCATION)) {
                    bars.put(i.code(), i.label());
                }
            }
            case JOINING_PERIOD -> {
                for (JoiningPeriod p : JoiningPeriod.values()) {
                    bars.put(p.name(), messages.label(p));
                }
            }
            case OCCUPATION -> {
                for (String g : StatsColumns.OCCUPATION_GROUPS) {
                    bars.put(g, messages.get("stats.occupation." + g));
                }
            }
            case CATEGORY -> {
                for (MemberCategory c : MemberCategory.values()) {
                    bars.put(c.name(), messages.label(c));
                }
            }
            default -> throw new IllegalArgumentException(d.name());
        }
        if (d == Dimension.EDUCATION || d == Dimension.JOINING_PERIOD || d == Dimension.OCCUPATION) {
            bars.put(MISSING, messages.get("stats.bar.missing"));
        }
        return bars;
    }

    /** Every member breakdown's chart over the counted members, in one pass. */
    List<ChartData> charts(List<MemberState> counted) {
        List<Dimension> dims = List.of(Dimension.AGE_BAND, Dimension.SEX, Dimension.EDUCATION,
                Dimension.JOINING_PERIOD, Dimension.OCCUPATION, Dimension.CATEGORY);
        List<Map<String, int[]>> counts = new ArrayList<>();
        for (Dimension d : dims) {
            Map<String, int[]> m = new LinkedHashMap<>();
            bars(d).keySet().forEach(k -> m.put(k, new int[1]));
            counts.add(m);
        }
        for (MemberState s : counted) {
            for (int i = 0; i < dims.size(); i++) {
                int[] c = counts.get(i).get(keyOf(dims.get(i), s));
                if (c != null) {
                    c[0]++;
                }
            }
        }
        List<ChartData> charts = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            Map<String, String> labels = bars(dims.get(i));
            List<Bar> bars = new ArrayList<>();
            counts.get(i).forEach((k, c) -> {
                if (!k.equals(MISSING) || c[0] > 0) {
                    bars.add(new Bar(k, labels.get(k), c[0]));
                }
            });
            charts.add(new ChartData(dims.get(i), bars));
        }
        return charts;
    }
}
