package org.dangjiandesk.model;

/** A grid (网格, level 1–3), compound (小区) or building (楼栋) in a community; places nest under each other. */
public record Place(Long id, Long parentId, PlaceKind kind, String name, Long communityId, Integer gridLevel) {
}
