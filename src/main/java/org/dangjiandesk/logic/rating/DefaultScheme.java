package org.dangjiandesk.logic.rating;

import java.math.BigDecimal;
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
 * The scheme the app ships, from the 100-point schemes offices use: 组织生活 25, 学习培训 20, 履行义务 15,
 * 先锋作用 40; up to 10 bonus points a quarter from the ledger (3 to 5 per category) and up to 20 deducted;
 * ★★★★★ from 90, ★★★★ 80, ★★★ 70, ★★ 60, ★ below; first-year quotas ≤ 5 % five-star, ≤ 10 % four-star,
 * ≤ 5 % one-star; 年老体弱 members exempt. Annual: the quarters' average, 优秀 +5 points, 基本合格 at most
 * ★★★, 不合格 ★.
 */
public final class DefaultScheme {
    private DefaultScheme() {
    }

    public static RatingScheme forYear(int year, String name) {
        Map<PointCategory, BigDecimal> caps = new EnumMap<>(PointCategory.class);
        caps.put(PointCategory.POLITICAL_STUDY, bd(3));
        caps.put(PointCategory.ORGANISATIONAL_LIFE, bd(3));
        caps.put(PointCategory.THOUGHT_REPORT, bd(2));
        caps.put(PointCategory.VANGUARD, bd(5));
        caps.put(PointCategory.DISCIPLINE, bd(2));
        caps.put(PointCategory.PUBLIC_SERVICE, bd(5));
        caps.put(PointCategory.IN_SERVICE_REPORT, bd(3));
        caps.put(PointCategory.DUES, bd(2));
        return new RatingScheme(null, year, name,
                List.of(new RatingDimension("ORG_LIFE", "组织生活", 25),
                        new RatingDimension("STUDY", "学习培训", 20),
                        new RatingDimension("DUTY", "履行义务", 15),
                        new RatingDimension("VANGUARD", "先锋作用", 40)),
                caps, bd(10), bd(20),
                List.of(new StarRange(StarLevel.FIVE, bd(90)), new StarRange(StarLevel.FOUR, bd(80)),
                        new StarRange(StarLevel.THREE, bd(70)), new StarRange(StarLevel.TWO, bd(60)),
                        new StarRange(StarLevel.ONE, bd(0))),
                List.of(new QuotaCap(StarLevel.FIVE, 5), new QuotaCap(StarLevel.FOUR, 10),
                        new QuotaCap(StarLevel.ONE, 5)),
                true,
                List.of(new AppraisalRule(AppraisalGrade.EXCELLENT, bd(5), StarLevel.FIVE),
                        new AppraisalRule(AppraisalGrade.QUALIFIED, bd(0), StarLevel.FIVE),
                        new AppraisalRule(AppraisalGrade.BASICALLY_QUALIFIED, bd(0), StarLevel.THREE),
                        new AppraisalRule(AppraisalGrade.UNQUALIFIED, bd(0), StarLevel.ONE)));
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
