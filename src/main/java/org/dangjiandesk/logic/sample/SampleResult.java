package org.dangjiandesk.logic.sample;

/** What a sample run wrote. */
public record SampleResult(String streetName, int organisations, int places, int currentMembers,
        int departedMembers, int events) {
}
