package org.dangjiandesk.model;

/** 性别. */
public enum Sex {
    MALE, FEMALE
}
