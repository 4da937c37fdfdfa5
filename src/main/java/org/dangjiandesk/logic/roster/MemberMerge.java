package org.dangjiandesk.logic.roster;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dangjiandesk.model.Member;

/**
 * Merging two clerks' saves of one member (optimistic locking said "someone else saved it first"). Compares my
 * edit with the stored record field by field; where I did not touch a field (it still equals what I loaded) their
 * value is kept, where I changed it mine is proposed. The user confirms or flips each differing field; nothing is
 * overwritten silently.
 */
public final class MemberMerge {
    private static final RecordComponent[] COMPONENTS = Member.class.getRecordComponents();
    /** Bookkeeping, never shown or merged. */
    private static final Set<String> NOT_MERGED = Set.of("id", "version");

    private MemberMerge() {
    }

    /**
     * One field whose stored value differs from mine.
     *
     * @param field   the record component, e.g. {@code mobilePhone}; its label is {@code merge.field.<field>}
     * @param theirs  the stored value (saved by the other clerk)
     * @param mine    the value I tried to save
     * @param iChanged true when I edited the field (mine differs from what I loaded): mine is proposed
     */
    public record Difference(String field, Object theirs, Object mine, boolean iChanged) {
        public String labelKey() {
            return "merge.field." + field;
        }
    }

    /** The fields where mine and theirs differ, in form order. */
    public static List<Difference> differences(Member loaded, Member mine, Member theirs) {
        List<Difference> result = new ArrayList<>();
        for (RecordComponent c : COMPONENTS) {
            if (NOT_MERGED.contains(c.getName())) {
                continue;
            }
            Object t = value(c, theirs);
            Object m = value(c, mine);
            if (!Objects.equals(t, m)) {
                result.add(new Difference(c.getName(), t, m, !Objects.equals(m, value(c, loaded))));
            }
        }
        return result;
    }

    /**
     * The stored member with my values for the given fields: saving it (with the stored version) keeps every
     * other change of the other clerk.
     */
    public static Member merge(Member theirs, Member mine, Set<String> takeMine) {
        Object[] args = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            args[i] = value(c, takeMine.contains(c.getName()) && !NOT_MERGED.contains(c.getName()) ? mine : theirs);
        }
        try {
            Constructor<Member> ctor = Member.class.getDeclaredConstructor(
                    Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Object value(RecordComponent c, Member m) {
        try {
            return c.getAccessor().invoke(m);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
