package org.dangjiandesk.logic.training;

import java.math.BigDecimal;

/**
 * The yearly hours norms (configurable; defaults from 《中国共产党党员教育管理工作条例》 Art. 20 and the national
 * training plan): 32 h for members, 56 h for branch secretaries and committee members, none for members exempted
 * as frail. Whether someone is a secretary or committee member is read from 党内职务 (书记, 副书记, 组织委员 …).
 */
public record TrainingNorms(BigDecimal memberHours, BigDecimal leaderHours) {
    public static final TrainingNorms DEFAULT = new TrainingNorms(BigDecimal.valueOf(32), BigDecimal.valueOf(56));

    public static NormKind kindOf(String partyPost, boolean frailExempt) {
        if (frailExempt) {
            return NormKind.EXEMPT;
        }
        if (partyPost != null && (partyPost.contains("书记") || partyPost.contains("委员"))) {
            return NormKind.LEADER;
        }
        return NormKind.MEMBER;
    }

    public BigDecimal hoursFor(NormKind kind) {
        return switch (kind) {
            case MEMBER -> memberHours;
            case LEADER -> leaderHours;
            case EXEMPT -> BigDecimal.ZERO;
        };
    }

    /** The highest norm: nobody with at least these hours can be below any norm. */
    public BigDecimal highest() {
        return memberHours.max(leaderHours);
    }
}
