package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.JoiningPeriod;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberFacts;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/** 党员队伍结构统计表: the counted members of each unit on a day, by every breakdown, in one pass. */
final class StructureTable {
    private StructureTable() {
    }

    static StatTable compute(Units units, List<MemberState> states, LocalDate day, Classifier classify,
                             Messages messages) {
        TableBuilder t = new TableBuilder(TableKind.STRUCTURE, units);
        int total = t.column(StatsColumns.TOTAL);
        int full = t.column(StatsColumns.FULL);
        int probationary = t.column(StatsColumns.PROBATIONARY);
        int female = t.column(StatsColumns.FEMALE);
        int minority = t.column(StatsColumns.MINORITY);
        int higher = t.column(StatsColumns.HIGHER_EDUCATION);
        int firstAge = t.column(StatsColumns.age(AgeBand.UP_TO_30));
        int firstJoining = t.column(StatsColumns.joining(JoiningPeriod.BEFORE_1949_10));
        int firstOccupation = t.column(StatsColumns.occupation("G1"));
        int inService = t.column(StatsColumns.IN_SERVICE);
        int floating = t.column(StatsColumns.FLOATING);
        int lost = t.column(StatsColumns.LOST_CONTACT);
        for (MemberState s : states) {
            if (!s.counted()) {
                continue;
            }
            Long unit = units.unitOf(s.orgId);
            if (unit == null) {
                continue;
            }
            MemberFacts f = s.facts;
            int[] row = t.row(unit);
            row[total]++;
            row[s.category == MemberCategory.FULL ? full : probationary]++;
            if (f.sex() == Sex.FEMALE) {
                row[female]++;
            }
            if (Classifier.minority(f)) {
                row[minority]++;
            }
            if (classify.higherEducation(f)) {
                row[higher]++;
            }
            row[firstAge + Classifier.ageBand(f, day).ordinal()]++;
            JoiningPeriod jp = Classifier.joiningPeriod(f);
            if (jp != null) {
                row[firstJoining + jp.ordinal()]++;
            }
            String group = classify.occupationGroup(f);
            int g = group == null ? -1 : StatsColumns.OCCUPATION_GROUPS.indexOf(group);
            if (g >= 0) {
                row[firstOccupation + g]++;
            }
            if (s.inServiceReportedOn(day)) {
                row[inService]++;
            }
            if (s.floating) {
                row[floating]++;
            }
            if (s.lostContact) {
                row[lost]++;
            }
        }
        return t.build(messages, day);
    }
}
