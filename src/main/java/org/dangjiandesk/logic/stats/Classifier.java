package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.JoiningPeriod;
import org.dangjiandesk.model.MemberFacts;

/** Sorts a member into the breakdowns of the statistics, from the national code lists. */
public final class Classifier {
    /** 汉族 in the code list ETHNICITY; every other known code is a 少数民族. */
    static final String HAN = "01";
    private final Set<String> higherEducation = new HashSet<>();
    private final Map<String, String> groupOfPost = new HashMap<>();

    public Classifier(CodeLists codes) {
        for (CodeItem i : codes.items(CodeCategory.EDUCATION)) {
            if ("HIGHER".equals(i.parentCode())) {
                higherEducation.add(i.code());
            }
        }
        for (CodeItem i : codes.items(CodeCategory.JOB_POST)) {
            groupOfPost.put(i.code(), i.parentCode());
        }
    }

    /** Age in whole years at the end of the day (a member born on 1996-09-30 is 30 on 2026-09-30). */
    public static AgeBand ageBand(MemberFacts f, LocalDate day) {
        return AgeBand.of(Period.between(f.birthDate(), day).getYears());
    }

    /** Null when the joining date is unknown. */
    public static JoiningPeriod joiningPeriod(MemberFacts f) {
        return f.joinedOn() == null ? null : JoiningPeriod.of(f.joinedOn());
    }

    public boolean higherEducation(MemberFacts f) {
        return f.educationCode() != null && higherEducation.contains(f.educationCode());
    }

    public static boolean minority(MemberFacts f) {
        return f.ethnicityCode() != null && !f.ethnicityCode().isBlank() && !HAN.equals(f.ethnicityCode());
    }

    /** The occupation group (G1–G8) of the member's 工作岗位; null when none is recorded. */
    public String occupationGroup(MemberFacts f) {
        return f.jobPostCode() == null ? null : groupOfPost.get(f.jobPostCode());
    }
}
