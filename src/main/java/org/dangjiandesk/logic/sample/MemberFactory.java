package org.dangjiandesk.logic.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.Sex;

/**
 * One fictitious member with a consistent life: the ID number carries the birth date and sex, joining is at 18 or
 * later, probationary members joined within the last year or two and have no full date, and every flag (失联, 流动,
 * 停止党籍, 转入, 转出, 死亡) comes with its history event on a date that fits.
 */
final class MemberFactory {
    /** Who the member is, by the kind of unit they belong to. */
    enum Profile { RESIDENT, WORKER, OFFICIAL }

    enum State { FULL, PROBATIONARY, DEPARTED }

    /** Where a member is placed: org and place are filled in by the caller once the organisation exists. */
    record Slot(Profile profile, Long placeId, String addressBase, String employer, boolean mayReport,
            boolean mayBeHouseholdHead) {
    }

    /**
     * A member not yet saved, with its history oldest first; the events still lack the member id and the
     * organisation (both known only when saved).
     */
    record Draft(Member member, List<MemberEvent> events) {
        Draft withMember(Member m) {
            return new Draft(m, events);
        }
    }

    private static final LocalDate FOUNDING_OF_PRC = LocalDate.of(1949, 10, 1);
    /** Members converted to full within this many years were admitted "in this database" and have the event. */
    private static final int YEARS_OF_RECORDED_HISTORY = 3;

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

    private final LocalDate today;
    private final NameGenerator names;
    private final IdNumberGenerator ids;
    private final PhoneGenerator phones;
    private final List<Long> communityIds;

    MemberFactory(LocalDate today, NameGenerator names, IdNumberGenerator ids, PhoneGenerator phones,
            List<Long> communityIds) {
        this.today = today;
        this.names = names;
        this.ids = ids;
        this.phones = phones;
        this.communityIds = communityIds;
    }

    Draft create(Dice dice, Slot slot, State state) {
        Person p = person(dice, slot.profile(), state);
        Member.Builder b = Member.builder();
        String education = education(dice, slot.profile(), p.birth.getYear());
        b.name(p.name).sex(p.sex).birthDate(p.birth).idNumber(p.idNumber)
                .ethnicityCode(ETHNICITIES.pick(dice)).educationCode(education);
        List<MemberEvent> events = new ArrayList<>();
        LocalDate entered = membership(dice, b, p, state, events);
        String jobPost = jobPost(dice, slot.profile(), p);
        b.jobPostCode(jobPost);
        contacts(dice, b, slot, p);
        background(dice, b, p, jobPost, education);
        if (state == State.DEPARTED) {
            leave(dice, b, p, events);
        } else {
            lifeEvents(dice, b, slot, p, state == State.PROBATIONARY, entered, events);
        }
        return new Draft(b.build(), events);
    }

    /** The fixed facts of a person: sex, birth, name, ID number and (for departed members) how they left. */
    private static final class Person {
        Sex sex;
        LocalDate birth;
        String name;
        String idNumber;
        LeaveReason leftReason;
        LocalDate leftOn;

        int ageOn(LocalDate day) {
            return Period.between(birth, day).getYears();
        }
    }

    private Person person(Dice dice, Profile profile, State state) {
        Person p = new Person();
        double women = switch (profile) {
            case RESIDENT -> 0.38;
            case WORKER -> 0.32;
            case OFFICIAL -> 0.40;
        };
        p.sex = dice.chance(women) ? Sex.FEMALE : Sex.MALE;
        LocalDate agesCountedOn = today;
        int age;
        if (state == State.DEPARTED) {
            p.leftReason = dice.chance(0.55) ? LeaveReason.DIED : LeaveReason.TRANSFERRED_OUT;
            p.leftOn = dice.dayBetween(today.minusYears(5), today.minusDays(10));
            agesCountedOn = p.leftOn;
            age = p.leftReason == LeaveReason.DIED ? dice.between(68, 96) : dice.between(24, 60);
        } else if (state == State.PROBATIONARY) {
            age = dice.between(20, profile == Profile.RESIDENT ? 50 : 40);
        } else {
            age = between(dice, (switch (profile) {
                case RESIDENT -> RESIDENT_AGES;
                case WORKER -> WORKER_AGES;
                case OFFICIAL -> OFFICIAL_AGES;
            }).pick(dice));
        }
        p.birth = agesCountedOn.minusYears(age).minusDays(dice.between(0, 364));
        p.name = names.next(dice, p.sex, p.birth.getYear());
        p.idNumber = ids.next(dice, p.birth, p.sex);
        return p;
    }

    /** Joining, probation and the first history event; returns the day the member entered this street's roster. */
    private LocalDate membership(Dice dice, Member.Builder b, Person p, State state, List<MemberEvent> events) {
        LocalDate adult = p.birth.plusYears(18);
        if (state == State.PROBATIONARY) {
            boolean extended = dice.chance(0.08);
            LocalDate joined = extended
                    ? dice.dayBetween(today.minusDays(540), today.minusDays(370))
                    : dice.dayBetween(today.minusDays(360), today.minusDays(10));
            joined = max(joined, adult);
            b.category(MemberCategory.PROBATIONARY).joinedOn(joined).fullMemberOn(null);
            events.add(event(EventType.REGISTERED, joined));
            LocalDate probationEnd = joined.plusYears(1);
            if (extended && probationEnd.isBefore(today)) {
                int months = dice.between(6, 12);
                if (!probationEnd.plusMonths(months).isAfter(today)) {
                    months = 12; // joined within 18 months, so twelve months always reach past today
                }
                events.add(new MemberEvent(null, 0, EventType.PROBATION_EXTENDED, probationEnd,
                        "支部大会讨论决定延长预备期", null, null, null, null, null, months, recordedOn(probationEnd)));
            }
            return joined;
        }
        LocalDate last = (state == State.DEPARTED ? p.leftOn : today).minusYears(1).minusDays(1);
        LocalDate joined = p.birth.plusYears(between(dice, JOINING_AGES.pick(dice))).plusDays(dice.between(0, 364));
        joined = max(adult, min(joined, last));
        LocalDate full = joined.plusYears(1);
        b.category(MemberCategory.FULL).joinedOn(joined).fullMemberOn(full);
        LocalDate entered = joined;
        boolean transferredIn = state == State.FULL && dice.chance(0.06);
        LocalDate earliestTransfer = max(joined.plusDays(30), today.minusYears(10));
        LocalDate latestTransfer = today.minusDays(15);
        if (transferredIn && earliestTransfer.isBefore(latestTransfer)) {
            entered = dice.dayBetween(earliestTransfer, latestTransfer);
            events.add(new MemberEvent(null, 0, EventType.TRANSFERRED_IN, entered, null, letterNo(dice, entered),
                    null, null, dice.pick(SampleNames.OUTSIDE_ORGS), YearMonth.from(entered).toString(), null,
                    recordedOn(entered)));
        } else {
            events.add(event(EventType.REGISTERED, joined));
        }
        if (!full.isBefore(entered) && full.isAfter(today.minusYears(YEARS_OF_RECORDED_HISTORY))) {
            events.add(event(EventType.CONVERTED_TO_FULL, full));
        }
        return entered;
    }

    private String jobPost(Dice dice, Profile profile, Person p) {
        int age = p.ageOn(p.leftOn != null ? p.leftOn : today);
        if (profile == Profile.RESIDENT || p.leftReason == LeaveReason.DIED) {
            int retirement = p.sex == Sex.MALE ? 60 : 55;
            if (age >= retirement || p.leftReason == LeaveReason.DIED) {
                return p.birth.plusYears(18).isBefore(FOUNDING_OF_PRC) && dice.chance(0.5) ? "71" : "72";
            }
            if (age <= 24 && dice.chance(0.4)) {
                return age <= 22 ? "62" : "61";
            }
            return RESIDENT_JOBS.pick(dice);
        }
        return (profile == Profile.WORKER ? WORKER_JOBS : OFFICIAL_JOBS).pick(dice);
    }

    private void contacts(Dice dice, Member.Builder b, Slot slot, Person p) {
        int age = p.ageOn(today);
        if (age < 85 || dice.chance(0.6)) {
            b.mobilePhone(phones.mobile(dice));
        }
        if (age >= 60 && dice.chance(0.25)) {
            b.landlinePhone(phones.landline(dice));
        }
        String home = slot.addressBase() + dice.between(1, 4) + "单元" + (dice.between(1, 18) * 100 + dice.between(1, 4))
                + "室";
        b.homeAddress(home).residence(home)
                .householdRegister(dice.chance(0.9) ? home : SampleNames.CITY + "西岚区")
                .placeId(slot.placeId())
                .nativePlace(dice.chance(0.7) ? SampleNames.LOCAL_NATIVE_PLACE : dice.pick(SampleNames.OTHER_NATIVE_PLACES));
    }

    private void background(Dice dice, Member.Builder b, Person p, String jobPost, String education) {
        b.degree(switch (education) {
            case "11" -> "博士";
            case "14" -> "硕士";
            case "21" -> dice.chance(0.7) ? "学士" : null;
            default -> null;
        });
        boolean student = jobPost.startsWith("6");
        if (!student) {
            int startAge = switch (education) {
                case "11" -> 28;
                case "14" -> 25;
                case "21" -> 22;
                case "31" -> 21;
                case "41" -> 19;
                default -> 18;
            } + dice.between(0, 2);
            LocalDate started = p.birth.plusYears(startAge).plusDays(dice.between(0, 200));
            b.workStartedOn(started.isAfter(today) ? null : started);
        }
        b.veteran(dice.chance(p.sex == Sex.MALE ? 0.07 : 0.01));
        b.duesStandard(dues(dice, jobPost, student));
    }

    /** 党费: a share of income; retirees pay little, students 0.2 yuan a month. */
    private static BigDecimal dues(Dice dice, String jobPost, boolean student) {
        double yuan;
        if (student || jobPost.equals("90")) {
            yuan = 0.2;
        } else if (jobPost.startsWith("7")) {
            yuan = dice.between(10, 40);
        } else if (jobPost.startsWith("0") || jobPost.startsWith("1")) {
            yuan = dice.between(50, 300);
        } else {
            yuan = dice.between(20, 150);
        }
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_UP);
    }

    private void leave(Dice dice, Member.Builder b, Person p, List<MemberEvent> events) {
        String duesMonth = YearMonth.from(p.leftOn).toString();
        b.rosterState(RosterState.LEFT).leftOn(p.leftOn).leftReason(p.leftReason).duesPaidUntil(duesMonth);
        if (p.leftReason == LeaveReason.DIED) {
            events.add(event(EventType.DIED, p.leftOn));
        } else {
            events.add(new MemberEvent(null, 0, EventType.TRANSFERRED_OUT, p.leftOn, "工作调动",
                    letterNo(dice, p.leftOn), null, null, dice.pick(SampleNames.OUTSIDE_ORGS), duesMonth, null,
                    recordedOn(p.leftOn)));
        }
    }

    /** Flags of a current member, each with its event after the member entered the roster. */
    private void lifeEvents(Dice dice, Member.Builder b, Slot slot, Person p, boolean probationary,
            LocalDate entered, List<MemberEvent> events) {
        int age = p.ageOn(today);
        YearMonth month = YearMonth.from(today).minusMonths(dice.between(0, 2));
        b.duesPaidUntil(month.toString());
        LocalDate from = entered.plusDays(1);
        if (!probationary && dice.chance(0.006) && from.isBefore(today.minusDays(60))) {
            LocalDate lost = dice.dayBetween(max(from, today.minusYears(6)), today.minusDays(60));
            b.lostContact(true).lostContactSince(lost).duesPaidUntil(YearMonth.from(lost).toString());
            events.add(event(EventType.LOST_CONTACT, lost));
            if (lost.isBefore(today.minusYears(2)) && dice.chance(0.5)) {
                LocalDate suspended = lost.plusYears(1);
                b.partyStatus(PartyStatus.SUSPENDED);
                events.add(new MemberEvent(null, 0, EventType.SUSPENDED, suspended, "失去联系超过六个月",
                        null, null, null, null, null, null, recordedOn(suspended)));
            }
        } else if (slot.profile() != Profile.OFFICIAL && age <= 55 && dice.chance(0.03)
                && from.isBefore(today.minusDays(183))) {
            String destination = dice.pick(SampleNames.DESTINATIONS);
            LocalDate left = dice.dayBetween(max(from, today.minusYears(5)), today.minusDays(183));
            b.floating(true).floatingDestination(destination);
            events.add(new MemberEvent(null, 0, EventType.FLOATING_OUT, left, "外出务工", null, null, null,
                    destination, null, null, recordedOn(left)));
        }
        boolean frail = age >= 80 && dice.chance(0.5);
        b.frailExempt(frail).volunteer(age < 80 && dice.chance(0.3))
                .hardship(dice.chance(slot.profile() == Profile.RESIDENT ? (age >= 65 ? 0.05 : 0.02) : 0.005));
        if (slot.mayReport() && !communityIds.isEmpty() && dice.chance(0.7)) {
            LocalDate reported = dice.dayBetween(max(entered, today.minusYears(6)), today.minusDays(20));
            b.inServiceReported(true).reportCommunityId(dice.pick(communityIds)).reportedOn(reported)
                    .originalEmployer(slot.employer());
        }
        if (slot.mayBeHouseholdHead() && age >= 40 && !probationary && dice.chance(0.03)) {
            b.householdHead(true);
        }
    }

    private String education(Dice dice, Profile profile, int birthYear) {
        if (profile == Profile.OFFICIAL) {
            return OFFICIAL_EDUCATION.pick(dice);
        }
        int era = birthYear < 1950 ? 0 : birthYear < 1965 ? 1 : birthYear < 1980 ? 2 : birthYear < 1995 ? 3 : 4;
        return EDUCATION_BY_ERA.get(era).pick(dice);
    }

    private static MemberEvent event(EventType type, LocalDate date) {
        return new MemberEvent(null, 0, type, date, null, null, null, null, null, null, null, recordedOn(date));
    }

    /** Events of a sample are "recorded" on their own day, so nothing depends on when the sample was made. */
    private static Instant recordedOn(LocalDate date) {
        return date.atTime(LocalTime.of(9, 30)).toInstant(ZoneOffset.ofHours(8));
    }

    /** 介绍信 number, e.g. 岚组介字〔2023〕157号. */
    private static String letterNo(Dice dice, LocalDate date) {
        return "岚组介字〔" + date.getYear() + "〕" + dice.between(1, 480) + "号";
    }

    private static int between(Dice dice, int[] range) {
        return dice.between(range[0], range[1]);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
