package org.dangjiandesk.logic.roster;

/** Fields of the member form that validation can point at; the key names the field in messages. */
public enum MemberField {
    NAME, SEX, ETHNICITY, ID_NUMBER, BIRTH_DATE, EDUCATION, CATEGORY, ORG, JOINED_ON, FULL_MEMBER_ON, JOB_POST,
    MOBILE_PHONE, LANDLINE_PHONE, LOST_CONTACT_SINCE, FLOATING_DESTINATION, WORK_STARTED_ON, DUES_PAID_UNTIL,
    REPORTED_ON;

    /** Bundle key of the field's label, e.g. {@code member.field.ID_NUMBER}. */
    public String labelKey() {
        return "member.field." + name();
    }
}
