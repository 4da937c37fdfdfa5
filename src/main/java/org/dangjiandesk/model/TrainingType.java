package org.dangjiandesk.model;

import java.math.BigDecimal;

/**
 * Forms of 党员教育培训 offices run, each with the hours one day of it counts by default (1 day of full-time
 * training = 8 h, a half-day lecture = 4 h, branch study 1 h per hour). The clerk may change the hours of a session.
 */
public enum TrainingType {
    /** 书记培训班: full days. */
    SECRETARY_CLASS(8),
    /** 头雁讲坛/论坛: a half-day lecture. */
    LEADER_FORUM(4),
    /** 示范培训班: full days. */
    MODEL_CLASS(8),
    /** 党课/微党课: a half day. */
    PARTY_LECTURE(4),
    /** 主题党日 (monthly): a half day. */
    THEME_DAY(4),
    /** 红色研学: full days. */
    RED_STUDY(8),
    /** 外出考察: full days. */
    FIELD_TRIP(8),
    /** 网络课程/网络学习: hours as studied, 2 h by default. */
    ONLINE_COURSE(2),
    /** 支部集中学习: 1 h per hour, 2 h by default. */
    BRANCH_STUDY(2),
    /** 其他. */
    OTHER(4);

    private final BigDecimal hoursPerDay;

    TrainingType(int hoursPerDay) {
        this.hoursPerDay = BigDecimal.valueOf(hoursPerDay);
    }

    /** The hours one day of this form counts unless the clerk says otherwise. */
    public BigDecimal defaultHoursPerDay() {
        return hoursPerDay;
    }
}
