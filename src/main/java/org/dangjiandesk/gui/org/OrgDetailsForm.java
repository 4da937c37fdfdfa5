package org.dangjiandesk.gui.org;

import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgRules;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.UnitSituation;

/**
 * The editable fields of the national organisation form (党组织基本信息) for one organisation, as properties the
 * details pane binds to. Knows whether it differs from what was loaded and turns itself back into an
 * {@link OrgUnit}.
 */
public final class OrgDetailsForm {
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final StringProperty orgCode = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> foundedOn = new SimpleObjectProperty<>();
    private final StringProperty foundingDocNo = new SimpleStringProperty("");
    private final StringProperty secretaryName = new SimpleStringProperty("");
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final ObjectProperty<UnitSituation> unitSituation = new SimpleObjectProperty<>();
    private final StringProperty adminArea = new SimpleStringProperty("");
    private final BooleanProperty mayApproveProbationary = new SimpleBooleanProperty();
    private final BooleanProperty hasCommittee = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> termStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> termEnd = new SimpleObjectProperty<>();
    /** The linked 网格/小区/楼栋; null for none. */
    private final ObjectProperty<Long> placeId = new SimpleObjectProperty<>();

    private final ObjectProperty<OrgUnit> original = new SimpleObjectProperty<>();
    private final BooleanBinding dirty;
    private final StringBinding orgCodeError;
    private boolean loading;

    OrgDetailsForm(Messages messages) {
        Observable[] all = {fullName, shortName, orgCode, foundedOn, foundingDocNo, secretaryName, contactName,
            contactPhone, unitSituation, adminArea, mayApproveProbationary, hasCommittee, termStart, termEnd,
            placeId, original};
        dirty = Bindings.createBooleanBinding(
                () -> original.get() != null && !toOrgUnit(original.get()).equals(normalised(original.get())), all);
        orgCodeError = Bindings.createStringBinding(
                () -> OrgRules.isValidOrgCode(orgCode.get()) ? "" : messages.get("org.error.orgCode"), orgCode);
    }

    /** Shows an organisation's stored values; the form is then clean. */
    void load(OrgUnit org) {
        loading = true;
        try {
            original.set(null);
            fullName.set(text(org.fullName()));
            shortName.set(text(org.shortName()));
            orgCode.set(text(org.orgCode()));
            foundedOn.set(org.foundedOn());
            foundingDocNo.set(text(org.foundingDocNo()));
            secretaryName.set(text(org.secretaryName()));
            contactName.set(text(org.contactName()));
            contactPhone.set(text(org.contactPhone()));
            unitSituation.set(org.unitSituation());
            adminArea.set(text(org.adminArea()));
            mayApproveProbationary.set(org.mayApproveProbationary());
            hasCommittee.set(org.hasCommittee());
            termStart.set(org.termStart());
            termEnd.set(org.termEnd());
            placeId.set(org.placeId());
            original.set(org);
        } finally {
            loading = false;
        }
    }

    /** Shows {@code edits} (not saved) on top of the stored {@code org}: the form is then dirty. */
    void loadEdits(OrgUnit org, OrgUnit edits) {
        load(edits);
        loading = true;
        original.set(org);
        loading = false;
    }

    void clear() {
        loading = true;
        original.set(null);
        loading = false;
    }

    /** True while {@link #load} fills the fields (listeners then must not treat changes as the user's). */
    boolean isLoading() {
        return loading;
    }

    /** The form's values on top of {@code base} (its id, version, type, parent and status). */
    OrgUnit toOrgUnit(OrgUnit base) {
        return new OrgUnit(base.id(), base.parentId(), base.type(), clean(fullName.get()), clean(shortName.get()),
                clean(orgCode.get()), foundedOn.get(), clean(foundingDocNo.get()), clean(secretaryName.get()),
                clean(contactName.get()), clean(contactPhone.get()), unitSituation.get(), clean(adminArea.get()),
                mayApproveProbationary.get(), hasCommittee.get(), termStart.get(), termEnd.get(), base.status(),
                base.dissolvedOn(), base.dissolvedReason(), placeId.get(), base.sortOrder(), base.version());
    }

    private static OrgUnit normalised(OrgUnit o) {
        return new OrgUnit(o.id(), o.parentId(), o.type(), clean(o.fullName()), clean(o.shortName()),
                clean(o.orgCode()), o.foundedOn(), clean(o.foundingDocNo()), clean(o.secretaryName()),
                clean(o.contactName()), clean(o.contactPhone()), o.unitSituation(), clean(o.adminArea()),
                o.mayApproveProbationary(), o.hasCommittee(), o.termStart(), o.termEnd(), o.status(),
                o.dissolvedOn(), o.dissolvedReason(), o.placeId(), o.sortOrder(), o.version());
    }

    /** The organisation as loaded, or null when nothing is shown. */
    OrgUnit original() {
        return original.get();
    }

    /** True when a field differs from what was loaded. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Empty, or why the 组织代码 is not acceptable. */
    public StringBinding orgCodeErrorProperty() {
        return orgCodeError;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public StringProperty orgCodeProperty() {
        return orgCode;
    }

    public ObjectProperty<LocalDate> foundedOnProperty() {
        return foundedOn;
    }

    public StringProperty foundingDocNoProperty() {
        return foundingDocNo;
    }

    public StringProperty secretaryNameProperty() {
        return secretaryName;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public ObjectProperty<UnitSituation> unitSituationProperty() {
        return unitSituation;
    }

    public StringProperty adminAreaProperty() {
        return adminArea;
    }

    public BooleanProperty mayApproveProbationaryProperty() {
        return mayApproveProbationary;
    }

    public BooleanProperty hasCommitteeProperty() {
        return hasCommittee;
    }

    public ObjectProperty<LocalDate> termStartProperty() {
        return termStart;
    }

    public ObjectProperty<LocalDate> termEndProperty() {
        return termEnd;
    }

    public ObjectProperty<Long> placeIdProperty() {
        return placeId;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
