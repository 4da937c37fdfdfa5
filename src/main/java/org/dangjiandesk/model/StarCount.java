package org.dangjiandesk.model;

/** How many members of an organisation hold a star in a quarter ({@code star} null: exempt or not rated). */
public record StarCount(long orgId, StarLevel star, int count) {
}
