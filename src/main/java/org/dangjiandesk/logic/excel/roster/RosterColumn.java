package org.dangjiandesk.logic.excel.roster;

import java.util.List;

/**
 * The roster columns the import understands and the export writes. The first header is the national name (the
 * 16 items of the 党员花名册 in order, then extras); the others are what offices write instead.
 */
public enum RosterColumn {
    NAME(true, "姓名", "党员姓名"),
    SEX(true, "性别"),
    ETHNICITY(true, "民族"),
    ID_NUMBER(true, "公民身份号码", "身份证号", "身份证号码", "身份证", "证件号码", "公民身份证号码", "身份证件号码"),
    BIRTH_DATE(true, "出生日期", "出生年月", "生日", "出生年月日"),
    EDUCATION(true, "学历", "文化程度", "最高学历"),
    CATEGORY(true, "人员类别", "党员类别", "类别", "党员类型"),
    BRANCH(true, "所在党支部", "所在党组织", "党支部", "所在支部", "支部", "所属党支部", "党组织名称"),
    JOINED_ON(true, "加入党组织日期", "入党时间", "入党日期", "入党年月"),
    FULL_MEMBER_ON(true, "转为正式党员日期", "转正时间", "转正日期", "转正年月"),
    JOB_POST(true, "工作岗位", "岗位", "职业", "现工作岗位"),
    MOBILE_PHONE(true, "手机号码", "手机", "手机号", "移动电话", "联系电话"),
    LANDLINE_PHONE(true, "固定电话", "座机", "办公电话", "家庭电话"),
    HOME_ADDRESS(true, "家庭住址", "住址", "家庭地址", "现住址"),
    PARTY_STATUS(true, "党籍状态"),
    LOST_CONTACT(true, "是否失联党员", "是否失联", "失联党员", "失去联系"),
    LOST_CONTACT_SINCE(false, "失联日期", "失去联系日期"),
    FLOATING(true, "是否流动党员", "流动党员", "是否流动"),
    FLOATING_DESTINATION(false, "外出流向", "流向", "流动去向"),
    NATIVE_PLACE(false, "籍贯"),
    DEGREE(false, "学位"),
    PARTY_POST(false, "党内职务", "党内职务名称"),
    WORK_STARTED_ON(false, "参加工作日期", "参加工作时间");

    private final boolean national;
    private final List<String> headers;

    RosterColumn(boolean national, String... headers) {
        this.national = national;
        this.headers = List.of(headers);
    }

    /** One of the national 16 items (党员花名册 column order). */
    public boolean isNational() {
        return national;
    }

    /** The official header text. */
    public String header() {
        return headers.get(0);
    }

    public List<String> headers() {
        return headers;
    }
}
