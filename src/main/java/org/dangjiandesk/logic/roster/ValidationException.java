package org.dangjiandesk.logic.roster;

import java.util.List;

/** A save was refused because of these problems; nothing was written. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("invalid member: " + problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
