package org.dangjiandesk.logic.stats;

import java.util.List;

/**
 * One pre-flight check before a report is sent: how serious, what it found (in the user's language), and the
 * members to fix when it is about missing fields.
 */
public record Check(Level level, String text, List<MissingFields> members) {
    public enum Level {
        OK, WARNING, ERROR
    }

    public Check {
        members = List.copyOf(members);
    }

    static Check ok(String text) {
        return new Check(Level.OK, text, List.of());
    }

    static Check warning(String text) {
        return new Check(Level.WARNING, text, List.of());
    }

    static Check error(String text) {
        return new Check(Level.ERROR, text, List.of());
    }
}
