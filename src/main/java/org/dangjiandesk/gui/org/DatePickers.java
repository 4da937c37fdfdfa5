package org.dangjiandesk.gui.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date fields as offices write dates (2026-11-22), whatever the system locale, and typed text taken over when
 * the field loses focus, so a date typed but not confirmed with Enter is not silently dropped.
 */
final class DatePickers {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter LENIENT_DIGITS = DateTimeFormatter.ofPattern("uuuu-M-d");

    private DatePickers() {
    }

    static void iso(DatePicker picker, String prompt) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        });
        picker.setPromptText(prompt);
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
    }

    /** Takes over what is typed in the editor (an unparseable text is discarded). */
    static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate typed = parse(text);
        if (typed == null && text != null && !text.isBlank()) {
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
            return;
        }
        if (!java.util.Objects.equals(typed, picker.getValue())) {
            picker.setValue(typed);
        }
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // 2026-1-5, 2026/01/05, 2026.1.5, 2026年1月5日, 20260105
        String t = text.strip().replace('/', '-').replace('.', '-').replace('年', '-').replace('月', '-')
                .replace("日", "");
        try {
            return LocalDate.parse(t, LENIENT_DIGITS);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
