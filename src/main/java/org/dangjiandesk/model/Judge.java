package org.dangjiandesk.model;

/** A judge (评委) of an evaluation round. */
public record Judge(Long id, String name) {
}
