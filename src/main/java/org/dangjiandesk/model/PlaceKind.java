package org.dangjiandesk.model;

/** The second grouping beside the formal tree: 网格, 小区, 楼栋. */
public enum PlaceKind {
    GRID, COMPOUND, BUILDING
}
