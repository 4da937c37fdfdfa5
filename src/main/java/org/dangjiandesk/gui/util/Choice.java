package org.dangjiandesk.gui.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One entry of a ComboBox whose value may be "none" or "all": a value (null for that entry) and the text shown.
 * ComboBoxes handle null items badly, so the empty choice is a real item here.
 */
public record Choice<T>(T value, String label) {

    /** The choices: first the empty one with {@code emptyLabel}, then one per value. */
    public static <T> List<Choice<T>> withEmpty(String emptyLabel, List<T> values, Function<T, String> label) {
        List<Choice<T>> out = new ArrayList<>(values.size() + 1);
        out.add(new Choice<>(null, emptyLabel));
        for (T v : values) {
            out.add(new Choice<>(v, label.apply(v)));
        }
        return out;
    }

    /** The choice holding {@code value} (the empty one for null); the first when none matches. */
    public static <T> Choice<T> find(List<Choice<T>> choices, T value) {
        for (Choice<T> c : choices) {
            if (Objects.equals(c.value(), value)) {
                return c;
            }
        }
        return choices.isEmpty() ? null : choices.get(0);
    }

    @Override
    public String toString() {
        return label;
    }
}
