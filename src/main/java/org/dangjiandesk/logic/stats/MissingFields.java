package org.dangjiandesk.logic.stats;

import java.util.List;

/** A counted member missing fields the statistics need, with the labels of those fields. */
public record MissingFields(long memberId, String name, String orgName, List<String> fields) {
    public MissingFields {
        fields = List.copyOf(fields);
    }
}
