package org.dangjiandesk.logic.settings;

/** Every setting the app keeps, with its default. */
public enum SettingKey {
    /** The street (街道党工委) this database belongs to; set on first start. */
    STREET_NAME(""),
    STREET_CODE(""),
    WINDOW_X(""),
    WINDOW_Y(""),
    WINDOW_WIDTH("1280"),
    WINDOW_HEIGHT("800"),
    WINDOW_MAXIMIZED("false"),
    /** Yearly training hours a member must reach (条例 Art. 20: 32). */
    TRAINING_NORM_MEMBER("32"),
    /** Yearly training hours of branch secretaries and committee members (56). */
    TRAINING_NORM_LEADER("56"),
    /** Minutes without keyboard or mouse after which the screen locks (0 = never). */
    IDLE_LOCK_MINUTES("15");

    private final String defaultValue;

    SettingKey(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** The key as stored. */
    public String storedKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
