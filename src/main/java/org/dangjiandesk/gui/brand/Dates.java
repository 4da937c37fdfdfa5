package org.dangjiandesk.gui.brand;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date fields as offices write dates (2026-11-22), with typed text taken over when the field loses focus. */
final class Dates {
    private Dates() {
    }

    static void iso(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
    }
}
