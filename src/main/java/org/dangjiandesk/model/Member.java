package org.dangjiandesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * A member on the roster (党员花名册): the national 16 items first, then the extras offices keep.
 * Build one with {@link #builder()} or change one with {@link #toBuilder()}.
 * <ul>
 * <li>id: database id; null before the first save</li>
 * <li>version: optimistic-lock counter</li>
 * <li>name: 1 姓名</li>
 * <li>sex: 2 性别</li>
 * <li>ethnicityCode: 3 民族 (code list ETHNICITY)</li>
 * <li>idNumber: 4 公民身份号码, 18 characters, validated</li>
 * <li>birthDate: 5 出生日期</li>
 * <li>educationCode: 6 学历 (code list EDUCATION)</li>
 * <li>category: 7 人员类别</li>
 * <li>orgId: 8 所在党组织: a branch or a 党小组 inside one</li>
 * <li>joinedOn: 9 加入党组织日期</li>
 * <li>fullMemberOn: 10 转为正式党员日期; null for probationary members</li>
 * <li>jobPostCode: 11 工作岗位 (code list JOB_POST)</li>
 * <li>mobilePhone: 12 联系电话: 手机</li>
 * <li>landlinePhone: 12 联系电话: 固定电话</li>
 * <li>homeAddress: 13 家庭住址</li>
 * <li>partyStatus: 14 党籍状态</li>
 * <li>lostContact: 15 是否失联党员</li>
 * <li>lostContactSince: 15 失联日期</li>
 * <li>floating: 16 是否流动党员</li>
 * <li>floatingDestination: 16 外出流向</li>
 * <li>nativePlace: 籍贯</li>
 * <li>degree: 学位</li>
 * <li>partyPost: 党内职务</li>
 * <li>workStartedOn: 参加工作日期</li>
 * <li>householdRegister: 户籍所在地</li>
 * <li>residence: 现居住地</li>
 * <li>duesStandard: 党费标准 (yuan per month)</li>
 * <li>duesPaidUntil: 党费交至年月, yyyy-MM</li>
 * <li>hardship: 困难党员</li>
 * <li>volunteer: 党员志愿者</li>
 * <li>veteran: 退役军人</li>
 * <li>frailExempt: 年老体弱免于硬性要求</li>
 * <li>inServiceReported: 在职党员 reporting to a community (报到)</li>
 * <li>reportCommunityId: 报到社区</li>
 * <li>reportedOn: 报到日期</li>
 * <li>originalEmployer: 原单位 of an in-service member</li>
 * <li>placeId: grid / 小区 / 楼栋</li>
 * <li>householdHead: 党员中心户</li>
 * <li>rosterState: current, or left the roster</li>
 * <li>leftOn: date of leaving</li>
 * <li>leftReason: why the member left</li>
 * </ul>
 */
public record Member(
        Long id,
        int version,
        String name,
        Sex sex,
        String ethnicityCode,
        String idNumber,
        LocalDate birthDate,
        String educationCode,
        MemberCategory category,
        Long orgId,
        LocalDate joinedOn,
        LocalDate fullMemberOn,
        String jobPostCode,
        String mobilePhone,
        String landlinePhone,
        String homeAddress,
        PartyStatus partyStatus,
        boolean lostContact,
        LocalDate lostContactSince,
        boolean floating,
        String floatingDestination,
        String nativePlace,
        String degree,
        String partyPost,
        LocalDate workStartedOn,
        String householdRegister,
        String residence,
        BigDecimal duesStandard,
        String duesPaidUntil,
        boolean hardship,
        boolean volunteer,
        boolean veteran,
        boolean frailExempt,
        boolean inServiceReported,
        Long reportCommunityId,
        LocalDate reportedOn,
        String originalEmployer,
        Long placeId,
        boolean householdHead,
        RosterState rosterState,
        LocalDate leftOn,
        LeaveReason leftReason) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.version = version;
        b.name = name;
        b.sex = sex;
        b.ethnicityCode = ethnicityCode;
        b.idNumber = idNumber;
        b.birthDate = birthDate;
        b.educationCode = educationCode;
        b.category = category;
        b.orgId = orgId;
        b.joinedOn = joinedOn;
        b.fullMemberOn = fullMemberOn;
        b.jobPostCode = jobPostCode;
        b.mobilePhone = mobilePhone;
        b.landlinePhone = landlinePhone;
        b.homeAddress = homeAddress;
        b.partyStatus = partyStatus;
        b.lostContact = lostContact;
        b.lostContactSince = lostContactSince;
        b.floating = floating;
        b.floatingDestination = floatingDestination;
        b.nativePlace = nativePlace;
        b.degree = degree;
        b.partyPost = partyPost;
        b.workStartedOn = workStartedOn;
        b.householdRegister = householdRegister;
        b.residence = residence;
        b.duesStandard = duesStandard;
        b.duesPaidUntil = duesPaidUntil;
        b.hardship = hardship;
        b.volunteer = volunteer;
        b.veteran = veteran;
        b.frailExempt = frailExempt;
        b.inServiceReported = inServiceReported;
        b.reportCommunityId = reportCommunityId;
        b.reportedOn = reportedOn;
        b.originalEmployer = originalEmployer;
        b.placeId = placeId;
        b.householdHead = householdHead;
        b.rosterState = rosterState;
        b.leftOn = leftOn;
        b.leftReason = leftReason;
        return b;
    }

    public boolean isCurrent() {
        return rosterState == RosterState.CURRENT;
    }

    /** Age in whole years on a day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Builder for {@link Member}; defaults: 党籍正常, on the current roster. */
    public static final class Builder {
        private Long id;
        private int version;
        private String name;
        private Sex sex;
        private String ethnicityCode;
        private String idNumber;
        private LocalDate birthDate;
        private String educationCode;
        private MemberCategory category;
        private Long orgId;
        private LocalDate joinedOn;
        private LocalDate fullMemberOn;
        private String jobPostCode;
        private String mobilePhone;
        private String landlinePhone;
        private String homeAddress;
        private PartyStatus partyStatus = PartyStatus.NORMAL;
        private boolean lostContact;
        private LocalDate lostContactSince;
        private boolean floating;
        private String floatingDestination;
        private String nativePlace;
        private String degree;
        private String partyPost;
        private LocalDate workStartedOn;
        private String householdRegister;
        private String residence;
        private BigDecimal duesStandard;
        private String duesPaidUntil;
        private boolean hardship;
        private boolean volunteer;
        private boolean veteran;
        private boolean frailExempt;
        private boolean inServiceReported;
        private Long reportCommunityId;
        private LocalDate reportedOn;
        private String originalEmployer;
        private Long placeId;
        private boolean householdHead;
        private RosterState rosterState = RosterState.CURRENT;
        private LocalDate leftOn;
        private LeaveReason leftReason;

        private Builder() {
        }

        public Builder id(Long value) {
            this.id = value;
            return this;
        }

        public Builder version(int value) {
            this.version = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder sex(Sex value) {
            this.sex = value;
            return this;
        }

        public Builder ethnicityCode(String value) {
            this.ethnicityCode = value;
            return this;
        }

        public Builder idNumber(String value) {
            this.idNumber = value;
            return this;
        }

        public Builder birthDate(LocalDate value) {
            this.birthDate = value;
            return this;
        }

        public Builder educationCode(String value) {
            this.educationCode = value;
            return this;
        }

        public Builder category(MemberCategory value) {
            this.category = value;
            return this;
        }

        public Builder orgId(Long value) {
            this.orgId = value;
            return this;
        }

        public Builder joinedOn(LocalDate value) {
            this.joinedOn = value;
            return this;
        }

        public Builder fullMemberOn(LocalDate value) {
            this.fullMemberOn = value;
            return this;
        }

        public Builder jobPostCode(String value) {
            this.jobPostCode = value;
            return this;
        }

        public Builder mobilePhone(String value) {
            this.mobilePhone = value;
            return this;
        }

        public Builder landlinePhone(String value) {
            this.landlinePhone = value;
            return this;
        }

        public Builder homeAddress(String value) {
            this.homeAddress = value;
            return this;
        }

        public Builder partyStatus(PartyStatus value) {
            this.partyStatus = value;
            return this;
        }

        public Builder lostContact(boolean value) {
            this.lostContact = value;
            return this;
        }

        public Builder lostContactSince(LocalDate value) {
            this.lostContactSince = value;
            return this;
        }

        public Builder floating(boolean value) {
            this.floating = value;
            return this;
        }

        public Builder floatingDestination(String value) {
            this.floatingDestination = value;
            return this;
        }

        public Builder nativePlace(String value) {
            this.nativePlace = value;
            return this;
        }

        public Builder degree(String value) {
            this.degree = value;
            return this;
        }

        public Builder partyPost(String value) {
            this.partyPost = value;
            return this;
        }

        public Builder workStartedOn(LocalDate value) {
            this.workStartedOn = value;
            return this;
        }

        public Builder householdRegister(String value) {
            this.householdRegister = value;
            return this;
        }

        public Builder residence(String value) {
            this.residence = value;
            return this;
        }

        public Builder duesStandard(BigDecimal value) {
            this.duesStandard = value;
            return this;
        }

        public Builder duesPaidUntil(String value) {
            this.duesPaidUntil = value;
            return this;
        }

        public Builder hardship(boolean value) {
            this.hardship = value;
            return this;
        }

        public Builder volunteer(boolean value) {
            this.volunteer = value;
            return this;
        }

        public Builder veteran(boolean value) {
            this.veteran = value;
            return this;
        }

        public Builder frailExempt(boolean value) {
            this.frailExempt = value;
            return this;
        }

        public Builder inServiceReported(boolean value) {
            this.inServiceReported = value;
            return this;
        }

        public Builder reportCommunityId(Long value) {
            this.reportCommunityId = value;
            return this;
        }

        public Builder reportedOn(LocalDate value) {
            this.reportedOn = value;
            return this;
        }

        public Builder originalEmployer(String value) {
            this.originalEmployer = value;
            return this;
        }

        public Builder placeId(Long value) {
            this.placeId = value;
            return this;
        }

        public Builder householdHead(boolean value) {
            this.householdHead = value;
            return this;
        }

        public Builder rosterState(RosterState value) {
            this.rosterState = value;
            return this;
        }

        public Builder leftOn(LocalDate value) {
            this.leftOn = value;
            return this;
        }

        public Builder leftReason(LeaveReason value) {
            this.leftReason = value;
            return this;
        }

        public Member build() {
            return new Member(id, version, name, sex, ethnicityCode, idNumber, birthDate, educationCode, category, orgId, joinedOn, fullMemberOn, jobPostCode, mobilePhone, landlinePhone, homeAddress, partyStatus, lostContact, lostContactSince, floating, floatingDestination, nativePlace, degree, partyPost, workStartedOn, householdRegister, residence, duesStandard, duesPaidUntil, hardship, volunteer, veteran, frailExempt, inServiceReported, reportCommunityId, reportedOn, originalEmployer, placeId, householdHead, rosterState, leftOn, leftReason);
        }
    }
}
