package org.dangjiandesk.logic.org;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;

/**
 * The organisation rules of the 党章 and the 支部工作条例, checked as warnings: a branch needs at least 3 full
 * members and generally no more than 50; from 7 full members it elects a committee; terms must be renewed (换届)
 * on time.
 */
public final class OrgRules {
    public static final int MIN_FULL_MEMBERS = 3;
    public static final int MAX_BRANCH_MEMBERS = 50;
    public static final int GENERAL_BRANCH_MEMBERS = 100;
    public static final int COMMITTEE_FROM_FULL_MEMBERS = 7;
    public static final int TERM_WARNING_DAYS = 90;

    public List<OrgWarning> check(OrgUnit org, MemberCounts.Count count, LocalDate today) {
        List<OrgWarning> warnings = new ArrayList<>();
        if (!org.isActive()) {
            return warnings;
        }
        if (org.type().isBranchLike()) {
            if (count.full() < MIN_FULL_MEMBERS) {
                warnings.add(OrgWarning.of("org.warning.tooFewFull", count.full(), MIN_FULL_MEMBERS));
            }
            if (count.total() > MAX_BRANCH_MEMBERS) {
                warnings.add(OrgWarning.of("org.warning.tooManyForBranch", count.total(), MAX_BRANCH_MEMBERS));
            }
        }
        if (org.type() == OrgType.GENERAL_BRANCH && count.total() >= GENERAL_BRANCH_MEMBERS) {
            warnings.add(OrgWarning.of("org.warning.tooManyForGeneralBranch", count.total(), GENERAL_BRANCH_MEMBERS));
        }
        // 党委 and 党总支 are committees by nature; a branch elects one from 7 full members (支部委员会)
        if (org.type().isBranchLike() && count.full() >= COMMITTEE_FROM_FULL_MEMBERS && !org.hasCommittee()) {
            warnings.add(OrgWarning.of("org.warning.committeeNeeded", count.full(), COMMITTEE_FROM_FULL_MEMBERS));
        }
        if (org.termEnd() != null) {
            long days = ChronoUnit.DAYS.between(today, org.termEnd());
            if (days < 0) {
                warnings.add(OrgWarning.of("org.warning.termOverdue", org.termEnd(), -days));
            } else if (days <= TERM_WARNING_DAYS) {
                warnings.add(OrgWarning.of("org.warning.termEndingSoon", org.termEnd(), days));
            }
        }
        return warnings;
    }

    /** The usual term length (换届): 5 years for 党委 and for community organisations, otherwise 3. */
    public static int termYears(OrgType type, boolean communityOrVillage) {
        if (type == OrgType.WORKING_COMMITTEE || type == OrgType.COMMITTEE || communityOrVillage) {
            return 5;
        }
        return 3;
    }

    /** The end of a term (届满日期) that starts on {@code start}: the same calendar day {@link #termYears} later. */
    public static LocalDate proposedTermEnd(OrgType type, boolean communityOrVillage, LocalDate start) {
        return start.plusYears(termYears(type, communityOrVillage));
    }

    /** A 组织代码 is empty (not yet assigned) or exactly 12 digits. */
    public static boolean isValidOrgCode(String code) {
        return code == null || code.isBlank() || code.strip().matches("[0-9]{12}");
    }
}
