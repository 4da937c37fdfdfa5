package org.dangjiandesk.model;

import java.time.LocalDate;

/**
 * The four joining periods of the national party statistics, by 加入党组织日期: before October 1949; October 1949
 * to December 1978; January 1979 to October 2012; since November 2012 (党的十八大以来), as the statistical
 * bulletins count them.
 */
public enum JoiningPeriod {
    BEFORE_1949_10(LocalDate.MIN, LocalDate.of(1949, 9, 30)),
    FROM_1949_10_TO_1978_12(LocalDate.of(1949, 10, 1), LocalDate.of(1978, 12, 31)),
    FROM_1979_01_TO_2012_10(LocalDate.of(1979, 1, 1), LocalDate.of(2012, 10, 31)),
    SINCE_2012_11(LocalDate.of(2012, 11, 1), LocalDate.MAX);

    private final LocalDate first;
    private final LocalDate last;

    JoiningPeriod(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
    }

    public static JoiningPeriod of(LocalDate joinedOn) {
        for (JoiningPeriod p : values()) {
            if (!joinedOn.isAfter(p.last)) {
                return p;
            }
        }
        return SINCE_2012_11;
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }
}
