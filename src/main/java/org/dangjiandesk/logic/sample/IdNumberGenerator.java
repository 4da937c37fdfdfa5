package org.dangjiandesk.logic.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.Sex;

/**
 * Unique, valid GB 11643-1999 numbers for fictitious people: the area codes of one prefecture that does not exist
 * (3216, 岚州市: Jiangsu's prefecture codes end at 3213), the birth date, a sequence whose parity gives the sex
 * (odd = male) and the check character.
 */
final class IdNumberGenerator {
    /** District and county codes of the fictitious prefecture, with the share of people born there. */
    private static final Weighted<String> AREAS = Weighted.<String>builder()
            .add("321602", 50) // 东岚区, where the street lies
            .add("321603", 20) // 西岚区
            .add("321611", 10) // 岚湖区
            .add("321621", 8)  // 青溪县
            .add("321623", 6)  // 石门县
            .add("321681", 6)  // 岚江市 (county-level)
            .build();
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Set<String> used = new HashSet<>();

    String next(Dice dice, LocalDate birth, Sex sex) {
        String date = birth.format(YYYYMMDD);
        while (true) {
            // males 001, 003 … 999; females 002, 004 … 998
            int sequence = sex == Sex.MALE ? dice.between(0, 499) * 2 + 1 : dice.between(1, 499) * 2;
            String first17 = AREAS.pick(dice) + date + String.format("%03d", sequence);
            if (used.add(first17)) {
                return first17 + IdNumber.checkCharacter(first17);
            }
        }
    }
}
