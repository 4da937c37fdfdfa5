package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.APP_SETTING;

import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Key/value settings; typed access lives in the logic layer. */
public final class SettingsRepository {
    private final DSLContext dsl;

    SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        int n = dsl.update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value)
                .set(APP_SETTING.ROW_VERSION, APP_SETTING.ROW_VERSION.plus(1))
                .where(APP_SETTING.SETTING_KEY.eq(key)).execute();
        if (n == 0) {
            dsl.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value).execute();
        }
    }

    public Map<String, String> all() {
        return dsl.selectFrom(APP_SETTING).fetchMap(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE);
    }
}
