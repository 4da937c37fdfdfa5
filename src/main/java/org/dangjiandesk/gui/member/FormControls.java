package org.dangjiandesk.gui.member;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/** Small set-ups shared by the member form and the event dialog: date pickers clerks can type into, length limits. */
final class FormControls {
    /** Shown and preferred: 1990-07-01. Also accepted when typed: 1990/7/1, 1990.7.1, 19900701. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final List<DateTimeFormatter> TYPED = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern DECIMAL = Pattern.compile("\\d{0,8}(\\.\\d{0,2})?");

    private FormControls() {
    }

    /** Parses a typed date in any accepted form; null when it is none. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('年', '-').replace('月', '-').replace("日", "");
        for (DateTimeFormatter f : TYPED) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    static void dates(String prompt, DatePicker... pickers) {
        for (DatePicker p : pickers) {
            p.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return date == null ? "" : SHOWN.format(date);
                }

                @Override
                public LocalDate fromString(String text) {
                    return parseDate(text);
                }
            });
            p.setPromptText(prompt);
            p.setShowWeekNumbers(false);
            // commit what was typed when the clerk leaves the field, not only on Enter
            p.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    LocalDate typed = parseDate(p.getEditor().getText());
                    if (typed == null && !p.getEditor().getText().isBlank()) {
                        p.getEditor().setText(p.getConverter().toString(p.getValue()));
                    } else if (!java.util.Objects.equals(typed, p.getValue())) {
                        p.setValue(typed);
                    }
                }
            });
        }
    }

    /** At most {@code max} characters (the database column's size). */
    static void maxLength(TextInputControl field, int max) {
        UnaryOperator<TextFormatter.Change> filter = c -> c.getControlNewText().length() <= max ? c : null;
        field.setTextFormatter(new TextFormatter<>(filter));
    }

    /** A sum of money in yuan: digits with at most two decimals. */
    static void decimal(TextField field) {
        field.setTextFormatter(new TextFormatter<>(
                c -> DECIMAL.matcher(c.getControlNewText()).matches() ? c : null));
    }
}
