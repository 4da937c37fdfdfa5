package org.dangjiandesk.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.AppraisalRule;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.QuotaCap;
import org.dangjiandesk.model.RatingDimension;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.model.StarRange;

/**
 * A scheme's rules as lines of text ({@code dimension=ORG_LIFE|组织生活|25}, {@code range=FIVE|90} …), the form
 * kept in {@code rating_scheme.definition}. Unknown lines are skipped so older versions read newer texts.
 */
final class RatingSchemeCodec {
    private RatingSchemeCodec() {
    }

    static String encode(RatingScheme s) {
        StringBuilder b = new StringBuilder();
        for (RatingDimension d : s.dimensions()) {
            line(b, "dimension", d.code(), d.name(), d.maxPoints());
        }
        for (PointCategory c : PointCategory.values()) {
            BigDecimal cap = s.bonusCaps().get(c);
            if (cap != null) {
                line(b, "categoryCap", c.name(), cap.toPlainString());
            }
        }
        line(b, "bonusCap", s.bonusCap().toPlainString());
        line(b, "deductionCap", s.deductionCap().toPlainString());
        for (StarRange r : s.ranges()) {
            line(b, "range", r.star().name(), r.minScore().toPlainString());
        }
        for (QuotaCap q : s.quotas()) {
            line(b, "quota", q.star().name(), q.maxPercent());
        }
        line(b, "exemptFrail", s.exemptFrail());
        for (AppraisalRule a : s.appraisalRules()) {
            line(b, "appraisal", a.grade().name(), a.points().toPlainString(), a.ceiling().name());
        }
        return b.toString();
    }

    static RatingScheme decode(Long id, int year, String name, String text) {
        List<RatingDimension> dims = new ArrayList<>();
        Map<PointCategory, BigDecimal> caps = new EnumMap<>(PointCategory.class);
        BigDecimal bonusCap = BigDecimal.ZERO;
        BigDecimal deductionCap = BigDecimal.ZERO;
        List<StarRange> ranges = new ArrayList<>();
        List<QuotaCap> quotas = new ArrayList<>();
        boolean exempt = false;
        List<AppraisalRule> rules = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String[] v = line.substring(eq + 1).split("\\|", -1);
            switch (line.substring(0, eq)) {
                case "dimension" -> dims.add(new RatingDimension(v[0], v[1], Integer.parseInt(v[2])));
                case "categoryCap" -> caps.put(PointCategory.valueOf(v[0]), new BigDecimal(v[1]));
                case "bonusCap" -> bonusCap = new BigDecimal(v[0]);
                case "deductionCap" -> deductionCap = new BigDecimal(v[0]);
                case "range" -> ranges.add(new StarRange(StarLevel.valueOf(v[0]), new BigDecimal(v[1])));
                case "quota" -> quotas.add(new QuotaCap(StarLevel.valueOf(v[0]), Integer.parseInt(v[1])));
                case "exemptFrail" -> exempt = Boolean.parseBoolean(v[0]);
                case "appraisal" -> rules.add(new AppraisalRule(AppraisalGrade.valueOf(v[0]), new BigDecimal(v[1]),
                        StarLevel.valueOf(v[2])));
                default -> {
                    // a rule this version does not know
                }
            }
        }
        return new RatingScheme(id, year, name, dims, caps, bonusCap, deductionCap, ranges, quotas, exempt, rules);
    }

    private static void line(StringBuilder b, String key, Object... values) {
        b.append(key).append('=');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(values[i]);
        }
        b.append('\n');
    }
}
