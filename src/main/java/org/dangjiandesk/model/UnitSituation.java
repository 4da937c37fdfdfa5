package org.dangjiandesk.model;

/** 所在单位情况: 与上级相同, 法人单位, 联合党支部. */
public enum UnitSituation {
    SAME_AS_PARENT, LEGAL_ENTITY, JOINT
}
