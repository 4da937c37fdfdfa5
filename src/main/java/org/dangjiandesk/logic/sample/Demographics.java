package org.dangjiandesk.logic.sample;

import java.util.List;
import org.dangjiandesk.logic.sample.MemberFactory.Profile;
import org.dangjiandesk.model.Sex;

/**
 * The mixes of a street's roster, by the kind of unit a member belongs to: community rosters are old and
 * mostly retired, firm and office members are of working age; 学历 follows the decade of birth; 97 % 汉族.
 * Codes are those of the national lists (V2 migration).
 */
final class Demographics {
    private static final Weighted<int[]> RESIDENT_AGES = ages(
            new int[] {20, 30}, 6, new int[] {31, 40}, 10, new int[] {41, 50}, 12, new int[] {51, 60}, 17,
            new int[] {61, 70}, 27, new int[] {71, 80}, 18, new int[] {81, 96}, 10);
    private static final Weighted<int[]> WORKER_AGES = ages(
            new int[] {22, 30}, 25, new int[] {31, 40}, 35, new int[] {41, 50}, 25, new int[] {51, 59}, 15);
    private static final Weighted<int[]> OFFICIAL_AGES = ages(
            new int[] {23, 30}, 20, new int[] {31, 40}, 30, new int[] {41, 50}, 30, new int[] {51, 59}, 20);
    private static final Weighted<int[]> JOINING_AGES = ages(
            new int[] {18, 22}, 22, new int[] {23, 27}, 33, new int[] {28, 35}, 28, new int[] {36, 45}, 13,
            new int[] {46, 60}, 4);
    private static final Weighted<String> ETHNICITIES = Weighted.<String>builder()
            .add("01", 975).add("03", 8).add("11", 5).add("02", 3).add("08", 2).add("15", 2).add("06", 2)
            .add("10", 1).add("14", 1).add("04", 0.5).add("05", 0.5).build();
    /** 学历 by decade of birth (codes: 81 小学 71 初中 61 高中 41 中专 31 大专 21 本科 14 硕士 11 博士). */
    private static final List<Weighted<String>> EDUCATION_BY_ERA = List.of(
            codes("81", 20, "71", 35, "61", 25, "41", 10, "31", 7, "21", 3),
            codes("71", 25, "61", 35, "41", 15, "31", 15, "21", 10),
            codes("71", 8, "61", 20, "41", 15, "31", 27, "21", 28, "14", 2),
            codes("61", 5, "41", 5, "31", 25, "21", 55, "14", 9, "11", 1),
            codes("31", 20, "21", 65, "14", 14, "11", 1));
    private static final Weighted<String> OFFICIAL_EDUCATION = codes("31", 15, "21", 60, "14", 23, "11", 2);
    /** 工作岗位 codes of the national list by profile (retirement and study are decided by age first). */
    private static final Weighted<String> RESIDENT_JOBS = codes(
            "81", 12, "82", 15, "83", 20, "90", 10, "31", 8, "32", 9, "33", 8, "21", 4, "22", 3, "23", 3, "12", 8);
    private static final Weighted<String> WORKER_JOBS = codes(
            "31", 20, "32", 35, "33", 30, "41", 5, "42", 5, "43", 5);
    private static final Weighted<String> OFFICIAL_JOBS = codes("01", 50, "02", 15, "11", 15, "12", 20);


    private Demographics() {
    }

    static double womenShare(Profile profile) {
        return switch (profile) {
            case RESIDENT -> 0.38;
            case WORKER -> 0.32;
            case OFFICIAL -> 0.40;
        };
    }

    /** Age of a current full member. */
    static int age(Dice dice, Profile profile) {
        int[] range = (switch (profile) {
            case RESIDENT -> RESIDENT_AGES;
            case WORKER -> WORKER_AGES;
            case OFFICIAL -> OFFICIAL_AGES;
        }).pick(dice);
        return dice.between(range[0], range[1]);
    }

    static int joiningAge(Dice dice) {
        int[] range = JOINING_AGES.pick(dice);
        return dice.between(range[0], range[1]);
    }

    static String ethnicity(Dice dice) {
        return ETHNICITIES.pick(dice);
    }

    static String education(Dice dice, Profile profile, int birthYear) {
        if (profile == Profile.OFFICIAL) {
            return OFFICIAL_EDUCATION.pick(dice);
        }
        int era = birthYear < 1950 ? 0 : birthYear < 1965 ? 1 : birthYear < 1980 ? 2 : birthYear < 1995 ? 3 : 4;
        return EDUCATION_BY_ERA.get(era).pick(dice);
    }

    /** 工作岗位: residents retire at 60 (men) or 55 (women), some are students; 离休干部 if adult before 1949-10. */
    static String jobPost(Dice dice, Profile profile, Sex sex, int age, boolean adultBefore1949, boolean died) {
        if (profile == Profile.RESIDENT || died) {
            int retirement = sex == Sex.MALE ? 60 : 55;
            if (age >= retirement || died) {
                return adultBefore1949 && dice.chance(0.5) ? "71" : "72";
            }
            if (age <= 24 && dice.chance(0.4)) {
                return age <= 22 ? "62" : "61";
            }
            return RESIDENT_JOBS.pick(dice);
        }
        return (profile == Profile.WORKER ? WORKER_JOBS : OFFICIAL_JOBS).pick(dice);
    }

    private static Weighted<int[]> ages(Object... pairs) {
        Weighted.Builder<int[]> b = Weighted.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add((int[]) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return b.build();
    }

    private static Weighted<String> codes(Object... pairs) {
        Weighted.Builder<String> b = Weighted.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return b.build();
    }
}
