package org.dangjiandesk.logic.i18n;

import java.util.stream.Collectors;
import org.dangjiandesk.logic.KeyedException;
import org.dangjiandesk.logic.roster.FieldProblem;
import org.dangjiandesk.logic.roster.ValidationException;
import org.dangjiandesk.store.StoreException;

/** Turns the exceptions of the services into sentences for the user. Unknown ones get a generic text. */
public final class ErrorTexts {
    private final Messages messages;

    public ErrorTexts(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable t) {
        Throwable e = known(t);
        if (e instanceof ValidationException v) {
            return v.problems().stream().map(this::describe).collect(Collectors.joining("\n"));
        }
        if (e instanceof KeyedException k) {
            return messages.get(k.messageKey(), k.args().toArray());
        }
        if (e instanceof StoreException s) {
            return messages.get("error.store." + s.reason().name());
        }
        return messages.get("error.unexpected");
    }

    /** True for a failure the services explain themselves; the others are bugs or faults worth a log entry. */
    public static boolean isExpected(Throwable t) {
        Throwable e = known(t);
        return e instanceof ValidationException || e instanceof KeyedException || e instanceof StoreException;
    }

    private static Throwable known(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && !(e instanceof ValidationException || e instanceof KeyedException
                || e instanceof StoreException)) {
            e = e.getCause();
        }
        return e;
    }

    /** "公民身份号码：校验码不正确" */
    public String describe(FieldProblem p) {
        return messages.get(p.field().labelKey()) + messages.get("common.colon")
                + messages.get(p.messageKey(), p.args().toArray());
    }
}
