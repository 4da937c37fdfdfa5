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
        String education = Demographics.education(dice, slot.profile(), p.birth.getYear());
        b.name(p.name).sex(p.sex).birthDate(p.birth).idNumber(p.idNumber)
                .ethnicityCode(Demographics.ethnicity(dice)).educationCode(education);
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
        p.sex = dice.chance(Demographics.womenShare(profile)) ? Sex.FEMALE : Sex.MALE;
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
            age = Demographics.age(dice, profile);
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
        int oldestJoiningAge = Period.between(p.birth, last).getYears();
        int joiningAge = Demographics.joiningAge(dice);
        if (joiningAge > oldestJoiningAge) {
            joiningAge = dice.between(18, oldestJoiningAge); // young members joined young
        }
        LocalDate yearStart = p.birth.plusYears(joiningAge);
        LocalDate joined = dice.dayBetween(yearStart, min(yearStart.plusYears(1).minusDays(1), last));
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
        boolean adultBefore1949 = p.birth.plusYears(18).isBefore(FOUNDING_OF_PRC);
        return Demographics.jobPost(dice, profile, p.sex, age, adultBefore1949, p.leftReason == LeaveReason.DIED);
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
                .nativePlace(dice.chance(0.7) ? SampleNames.LOCAL_NATIVE_PLACE
                        : dice.pick(SampleNames.OTHER_NATIVE_PLACES));
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

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
