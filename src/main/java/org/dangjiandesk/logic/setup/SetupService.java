package org.dangjiandesk.logic.setup;

import org.dangjiandesk.logic.settings.SettingKey;
import org.dangjiandesk.logic.settings.SettingsService;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.store.DataStore;

/** First start: is the data dir empty, and create an empty street (its 党工委 as the root of the tree). */
public final class SetupService {
    private final DataStore store;
    private final SettingsService settings;

    public SetupService(DataStore store, SettingsService settings) {
        this.store = store;
        this.settings = settings;
    }

    /** True while no organisation exists: the app then asks to load the demo street or start empty. */
    public boolean isEmpty() {
        return store.read(r -> r.orgs().count() == 0);
    }

    /** Creates the street's root organisation and remembers its name and code, in one transaction. */
    public OrgUnit createEmptyStreet(String streetName, String orgCode) {
        if (streetName == null || streetName.isBlank()) {
            throw new IllegalArgumentException("street name required");
        }
        String name = streetName.strip();
        String fullName = name.endsWith("党工委") ? name : name + "党工委";
        OrgUnit root = store.write(r -> {
            if (r.orgs().count() > 0) {
                throw new IllegalStateException("database is not empty");
            }
            OrgUnit saved = r.orgs().insert(new OrgUnit(null, null, OrgType.WORKING_COMMITTEE, fullName, name,
                    orgCode == null || orgCode.isBlank() ? null : orgCode.strip(), null, null, null, null, null,
                    null, null, true, true, null, null, org.dangjiandesk.model.OrgStatus.ACTIVE, null, null,
                    null, 0, 0));
            r.settings().put(SettingKey.STREET_NAME.storedKey(), name);
            r.settings().put(SettingKey.STREET_CODE.storedKey(), orgCode == null ? "" : orgCode.strip());
            return saved;
        });
        return root;
    }

    public String streetName() {
        return settings.get(SettingKey.STREET_NAME);
    }
}
