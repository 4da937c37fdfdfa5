package org.dangjiandesk.logic.org;

import java.util.List;

/** A rule an organisation does not meet (shown as a warning, never blocking): a bundle key and its arguments. */
public record OrgWarning(String messageKey, List<Object> args) {
    public static OrgWarning of(String key, Object... args) {
        return new OrgWarning(key, List.of(args));
    }
}
