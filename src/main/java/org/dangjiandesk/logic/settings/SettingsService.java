package org.dangjiandesk.logic.settings;

import java.util.OptionalDouble;
import org.dangjiandesk.store.DataStore;

/** Typed access to the settings kept in the database. */
public final class SettingsService {
    private final DataStore store;

    public SettingsService(DataStore store) {
        this.store = store;
    }

    public String get(SettingKey key) {
        return store.read(r -> r.settings().get(key.storedKey())).orElse(key.defaultValue());
    }

    public void put(SettingKey key, String value) {
        store.writeVoid(r -> r.settings().put(key.storedKey(), value == null ? "" : value));
    }

    public OptionalDouble getDouble(SettingKey key) {
        String v = get(key);
        try {
            return v.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public boolean getBoolean(SettingKey key) {
        return Boolean.parseBoolean(get(key));
    }

    /** Window geometry as last left by the user. */
    /** Minutes of idleness before the screen locks; 0 turns the lock off; a broken value gives the default. */
    public int idleLockMinutes() {
        try {
            return Math.max(0, Integer.parseInt(get(SettingKey.IDLE_LOCK_MINUTES).strip()));
        } catch (NumberFormatException e) {
            return Integer.parseInt(SettingKey.IDLE_LOCK_MINUTES.defaultValue());
        }
    }

    public record WindowGeometry(OptionalDouble x, OptionalDouble y, double width, double height, boolean maximized) {
    }

    public WindowGeometry windowGeometry() {
        return new WindowGeometry(getDouble(SettingKey.WINDOW_X), getDouble(SettingKey.WINDOW_Y),
                getDouble(SettingKey.WINDOW_WIDTH).orElse(1280), getDouble(SettingKey.WINDOW_HEIGHT).orElse(800),
                getBoolean(SettingKey.WINDOW_MAXIMIZED));
    }

    /** Saves all geometry values in one transaction. */
    public void saveWindowGeometry(double x, double y, double width, double height, boolean maximized) {
        store.writeVoid(r -> {
            r.settings().put(SettingKey.WINDOW_X.storedKey(), Double.toString(x));
            r.settings().put(SettingKey.WINDOW_Y.storedKey(), Double.toString(y));
            r.settings().put(SettingKey.WINDOW_WIDTH.storedKey(), Double.toString(width));
            r.settings().put(SettingKey.WINDOW_HEIGHT.storedKey(), Double.toString(height));
            r.settings().put(SettingKey.WINDOW_MAXIMIZED.storedKey(), Boolean.toString(maximized));
        });
    }
}
