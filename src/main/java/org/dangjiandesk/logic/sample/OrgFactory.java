package org.dangjiandesk.logic.sample;

import java.time.LocalDate;
import org.dangjiandesk.logic.org.OrgRules;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.OrgStatus;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.UnitSituation;

/**
 * Organisation records of the sample: 12-digit codes of the fictitious prefecture, approval documents, terms
 * (换届) of which a few are overdue or end soon, and secretaries taken from the members.
 */
final class OrgFactory {
    private static final String CODE_PREFIX = "3216020";

    private final Dice dice;
    private final LocalDate today;
    private int codes;

    OrgFactory(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    /** A new active organisation; 党小组 get no code. */
    OrgUnit create(Long parentId, OrgType type, String fullName, String shortName, UnitSituation situation,
            LocalDate founded, String docNo, boolean mayApprove, boolean committee, int sortOrder) {
        String code = type == OrgType.GROUP ? null : CODE_PREFIX + String.format("%05d", ++codes);
        return new OrgUnit(null, parentId, type, fullName, shortName, code, founded, docNo, null, null, null,
                situation, SampleNames.ADDRESS_PREFIX, mayApprove, committee, null, null, OrgStatus.ACTIVE, null,
                null, null, sortOrder, 0);
    }

    /** A term (换届) mostly running, a few ending within 90 days or already overdue so the warnings show. */
    OrgUnit withTerm(OrgUnit o, boolean community) {
        int years = OrgRules.termYears(o.type(), community);
        double roll = dice.between(0.0, 1.0);
        LocalDate end;
        if (roll < 0.04) {
            end = today.minusDays(dice.between(10, 200));
        } else if (roll < 0.08) {
            end = today.plusDays(dice.between(5, OrgRules.TERM_WARNING_DAYS - 5));
        } else {
            end = today.plusDays(dice.between(OrgRules.TERM_WARNING_DAYS + 1, years * 365 - 30));
        }
        return o.withTerm(end.minusYears(years), end);
    }

    /** The 党工委's approval of a founding, e.g. 枫岚党工〔2012〕15号. */
    String docNo(LocalDate founded) {
        return "枫岚党工〔" + founded.getYear() + "〕" + dice.between(1, 60) + "号";
    }

    /** The organisation with a member as secretary and contact. */
    static OrgUnit withLeader(OrgUnit o, Member leader) {
        String phone = leader.mobilePhone() != null ? leader.mobilePhone() : leader.landlinePhone();
        return new OrgUnit(o.id(), o.parentId(), o.type(), o.fullName(), o.shortName(), o.orgCode(), o.foundedOn(),
                o.foundingDocNo(), leader.name(), leader.name(), phone, o.unitSituation(), o.adminArea(),
                o.mayApproveProbationary(), o.hasCommittee(), o.termStart(), o.termEnd(), o.status(),
                o.dissolvedOn(), o.dissolvedReason(), o.placeId(), o.sortOrder(), o.version());
    }

    static OrgUnit withArea(OrgUnit o, String area) {
        return new OrgUnit(o.id(), o.parentId(), o.type(), o.fullName(), o.shortName(), o.orgCode(), o.foundedOn(),
                o.foundingDocNo(), o.secretaryName(), o.contactName(), o.contactPhone(), o.unitSituation(), area,
                o.mayApproveProbationary(), o.hasCommittee(), o.termStart(), o.termEnd(), o.status(),
                o.dissolvedOn(), o.dissolvedReason(), o.placeId(), o.sortOrder(), o.version());
    }

    static OrgUnit withPlace(OrgUnit o, Long placeId) {
        return placeId == null ? o : o.withPlace(placeId);
    }
}
