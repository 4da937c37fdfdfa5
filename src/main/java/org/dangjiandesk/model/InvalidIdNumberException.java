package org.dangjiandesk.model;

/** Thrown by {@link IdNumber#parse(String)}; the message is a key suffix, never the number itself. */
public class InvalidIdNumberException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final IdNumber.Problem problem;

    public InvalidIdNumberException(IdNumber.Problem problem) {
        super("invalid identity number: " + problem);
        this.problem = problem;
    }

    public IdNumber.Problem problem() {
        return problem;
    }
}
