package org.dangjiandesk.logic.roster;

import java.util.List;

/** A validation problem on one field: a bundle key and its arguments, localised by whoever shows it. */
public record FieldProblem(MemberField field, String messageKey, List<Object> args) {

    public static FieldProblem of(MemberField field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
