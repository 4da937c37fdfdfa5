package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.Sex;
import org.junit.jupiter.api.Test;

/** The index must answer every query exactly as {@link RosterSearch} does: same members, same order. */
class RosterIndexTest {
    private static final String SURNAMES = "张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董单解";
    private static final String GIVEN = "建国秀英芳伟娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉华红梅文辉鹏飞志宏海燕春晓";
    private static final LocalDate TODAY = LocalDate.of(2024, 2, 29);

    private final ChineseNames names = new ChineseNames();

    @Test
    void givesTheSameResultsAsRosterSearch_forManyRandomQueries() {
        Random rnd = new Random(42);
        List<RosterEntry> roster = roster(rnd, 2000);
        RosterIndex index = RosterIndex.of(roster);

        for (int i = 0; i < 3000; i++) {
            RosterQuery q = query(rnd, roster);
            assertThat(index.filter(q)).as("%s", q).isEqualTo(RosterSearch.filter(roster, q));
        }
    }

    @Test
    void findsByEachKindOfText() {
        Random rnd = new Random(7);
        List<RosterEntry> roster = roster(rnd, 300);
        RosterIndex index = RosterIndex.of(roster);
        RosterEntry e = roster.get(17);
        RosterQuery all = new RosterQuery(null, null, null, null, Set.of(), null, TODAY, true);

        assertThat(index.filter(all.withText(e.nameKeys().pinyinInitials()))).contains(e);
        assertThat(index.filter(all.withText(e.nameKeys().pinyinFull().toUpperCase()))).contains(e);
        assertThat(index.filter(all.withText(e.name().substring(1)))).contains(e);
        assertThat(index.filter(all.withText(e.idNumber().substring(14).toLowerCase()))).contains(e);
        assertThat(index.filter(all.withText(e.mobilePhone().substring(4, 8)))).contains(e);
        assertThat(index.size()).isEqualTo(300);
        assertThat(index.warmedUp(TODAY)).isSameAs(index);
    }

    @Test
    void ageBands_countWholeYears_alsoAroundLeapDays() {
        List<RosterEntry> roster = new ArrayList<>();
        LocalDate[] births = {LocalDate.of(1993, 2, 28), LocalDate.of(1993, 3, 1), LocalDate.of(1992, 2, 29),
            LocalDate.of(1994, 2, 28), LocalDate.of(1963, 3, 1), LocalDate.of(1963, 2, 28), LocalDate.of(2030, 1, 1)};
        for (int i = 0; i < births.length; i++) {
            roster.add(entry(i, "张" + GIVEN.charAt(i), births[i], new Random(i)));
        }
        RosterIndex index = RosterIndex.of(roster);
        for (AgeBand band : AgeBand.values()) {
            for (LocalDate on : List.of(TODAY, TODAY.minusDays(1), TODAY.plusDays(1), LocalDate.of(2023, 2, 28))) {
                RosterQuery q = new RosterQuery(null, null, null, null, Set.of(), band, on, true);
                assertThat(index.filter(q)).as("%s on %s", band, on).isEqualTo(RosterSearch.filter(roster, q));
            }
        }
    }

    private List<RosterEntry> roster(Random rnd, int n) {
        List<RosterEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = SURNAMES.charAt(rnd.nextInt(SURNAMES.length())) + ""
                    + GIVEN.charAt(rnd.nextInt(GIVEN.length())) + (rnd.nextBoolean() ? GIVEN.charAt(rnd.nextInt(GIVEN.length())) : "");
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(rnd.nextInt(365 * 76));
            out.add(entry(i, name, birth, rnd));
        }
        return out;
    }

    private RosterEntry entry(long id, String name, LocalDate birth, Random rnd) {
        String first17 = "3205" + String.format("%02d", rnd.nextInt(100)) + birth.toString().replace("-", "")
                + String.format("%03d", rnd.nextInt(1000));
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        String phone = rnd.nextInt(10) == 0 ? null : "1" + (3 + rnd.nextInt(7)) + String.format("%09d", rnd.nextInt(1_000_000_000));
        return new RosterEntry(id, name, rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, idNumber, birth, "01", "21",
                rnd.nextInt(5) == 0 ? MemberCategory.PROBATIONARY : MemberCategory.FULL, 100 + rnd.nextInt(12),
                birth.plusYears(20), phone, rnd.nextInt(20) == 0 ? PartyStatus.SUSPENDED : PartyStatus.NORMAL,
                rnd.nextInt(6) == 0, rnd.nextInt(6) == 0, rnd.nextInt(6) == 0, rnd.nextInt(6) == 0, rnd.nextInt(6) == 0,
                rnd.nextInt(8) == 0 ? RosterState.LEFT : RosterState.CURRENT, names.keysFor(name));
    }

    private RosterQuery query(Random rnd, List<RosterEntry> roster) {
        RosterEntry e = roster.get(rnd.nextInt(roster.size()));
        String text = switch (rnd.nextInt(12)) {
            case 0 -> null;
            case 1 -> "  ";
            case 2 -> e.nameKeys().pinyinInitials().substring(0, 1 + rnd.nextInt(e.nameKeys().pinyinInitials().length()));
            case 3 -> e.nameKeys().pinyinFull().substring(0, 1 + rnd.nextInt(e.nameKeys().pinyinFull().length()));
            case 4 -> e.nameKeys().pinyinInitials().substring(1);
            case 5 -> e.name().substring(rnd.nextInt(e.name().length()));
            case 6 -> e.idNumber().substring(18 - 1 - rnd.nextInt(6)).toLowerCase();
            case 7 -> e.mobilePhone() == null ? "139" : e.mobilePhone().substring(rnd.nextInt(6), 8);
            case 8 -> "ＺＪ";                 // full-width letters fold to zj
            case 9 -> " z j ";               // spaces are dropped
            case 10 -> "zh1";                // neither pinyin nor digits: a name search that finds nobody
            default -> String.valueOf(rnd.nextInt(100));
        };
        Set<Long> orgs = null;
        if (rnd.nextInt(4) == 0) {
            orgs = new HashSet<>();
            for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                orgs.add(100L + rnd.nextInt(14)); // some ids nobody is in
            }
        }
        Set<RosterFlag> flags = EnumSet.noneOf(RosterFlag.class);
        if (rnd.nextInt(4) == 0) {
            flags.add(RosterFlag.values()[rnd.nextInt(RosterFlag.values().length)]);
        }
        return new RosterQuery(text, orgs,
                rnd.nextInt(4) == 0 ? MemberCategory.values()[rnd.nextInt(2)] : null,
                rnd.nextInt(5) == 0 ? PartyStatus.values()[rnd.nextInt(2)] : null,
                flags,
                rnd.nextInt(4) == 0 ? AgeBand.values()[rnd.nextInt(AgeBand.values().length)] : null,
                TODAY, rnd.nextBoolean());
    }
}
