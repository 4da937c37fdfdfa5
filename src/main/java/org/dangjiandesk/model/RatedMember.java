package org.dangjiandesk.model;

/** A current member as an assessment lists them: in roster order, with the 年老体弱 flag that may exempt them. */
public record RatedMember(long id, String name, long orgId, boolean frailExempt) {
}
