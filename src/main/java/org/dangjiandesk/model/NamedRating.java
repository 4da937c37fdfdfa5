package org.dangjiandesk.model;

/** A stored result with the member's name, for lists. */
public record NamedRating(MemberRating rating, String name) {
}
