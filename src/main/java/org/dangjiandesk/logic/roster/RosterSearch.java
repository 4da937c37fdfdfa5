package org.dangjiandesk.logic.roster;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.RosterEntry;

/**
 * Filters the in-memory roster. One search box covers: Chinese name (part of it), pinyin initials ("zjg" finds
 * 张建国) and full pinyin ("zhangjian"), the tail of the ID number ("123X"), and part of the mobile phone.
 * A linear scan over 100,000 slim rows takes a few milliseconds, so no index is needed.
 */
public final class RosterSearch {

    private RosterSearch() {
    }

    public static List<RosterEntry> filter(List<RosterEntry> all, RosterQuery q) {
        Predicate<RosterEntry> p = predicate(q);
        List<RosterEntry> out = new ArrayList<>();
        for (RosterEntry e : all) {
            if (p.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public static Predicate<RosterEntry> predicate(RosterQuery q) {
        Predicate<RosterEntry> p = e -> q.includeLeft() || e.isCurrent();
        if (q.orgIds() != null) {
            p = p.and(e -> q.orgIds().contains(e.orgId()));
        }
        if (q.category() != null) {
            p = p.and(e -> e.category() == q.category());
        }
        if (q.partyStatus() != null) {
            p = p.and(e -> e.partyStatus() == q.partyStatus());
        }
        if (q.flags() != null) {
            for (RosterFlag f : q.flags()) {
                p = p.and(f::isSet);
            }
        }
        if (q.ageBand() != null) {
            AgeBand band = q.ageBand();
            p = p.and(e -> AgeBand.of(Period.between(e.birthDate(), q.ageOn()).getYears()) == band);
        }
        Predicate<RosterEntry> text = textPredicate(q.text());
        return text == null ? p : p.and(text);
    }

    /** Null when the text is blank (no filtering). */
    static Predicate<RosterEntry> textPredicate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = IdNumber.normalize(raw).toLowerCase(Locale.ROOT);
        if (t.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return e -> e.nameKeys().pinyinInitials().startsWith(t) || e.nameKeys().pinyinFull().startsWith(t)
                    || (t.length() >= 2 && e.nameKeys().pinyinInitials().contains(t));
        }
        if (t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == 'x')) {
            String upper = t.toUpperCase(Locale.ROOT);
            return e -> e.idNumber().endsWith(upper) || (t.length() >= 3 && e.mobilePhone() != null
                    && e.mobilePhone().contains(t));
        }
        String name = raw.strip();
        return e -> e.name().contains(name);
    }
}
