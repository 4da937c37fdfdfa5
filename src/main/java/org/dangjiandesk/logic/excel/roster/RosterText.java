package org.dangjiandesk.logic.excel.roster;

import java.time.LocalDate;
import java.util.function.LongFunction;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.Member;

/**
 * A member's value in a roster column as text, the way a roster shows it: code labels (汉族), 男/女, 正式党员,
 * dates as yyyy-MM-dd, 是/否, the organisation's name. Exports and change lists use the same texts.
 */
public final class RosterText {
    private final CodeLists codes;
    private final Messages messages;
    private final LongFunction<String> orgName;

    public RosterText(CodeLists codes, Messages messages, LongFunction<String> orgName) {
        this.codes = codes;
        this.messages = messages;
        this.orgName = orgName;
    }

    public String of(Member m, RosterColumn c) {
        Object v = MemberDiff.valueOf(m, c);
        if (v == null) {
            return "";
        }
        return switch (c) {
            case ETHNICITY -> codes.label(CodeCategory.ETHNICITY, (String) v);
            case EDUCATION -> codes.label(CodeCategory.EDUCATION, (String) v);
            case JOB_POST -> codes.label(CodeCategory.JOB_POST, (String) v);
            case BRANCH -> orgName.apply((Long) v);
            case SEX, CATEGORY, PARTY_STATUS -> messages.label((Enum<?>) v);
            case LOST_CONTACT, FLOATING -> messages.get((Boolean) v ? "common.yes" : "common.no");
            default -> v instanceof LocalDate d ? d.toString() : v.toString();
        };
    }
}
