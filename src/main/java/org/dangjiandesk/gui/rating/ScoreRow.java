package org.dangjiandesk.gui.rating;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.logic.rating.LedgerPoints;
import org.dangjiandesk.logic.rating.QuarterScore;
import org.dangjiandesk.model.RatedMember;

/**
 * One member's line of the assessment grid: the typed text per dimension, whether each text is wrong, the
 * exemption, and the live total and star. {@code dirty} marks typing not saved yet.
 */
public final class ScoreRow {
    private final RatedMember member;
    private final LedgerPoints ledger;
    private final List<StringProperty> cells = new ArrayList<>();
    private final List<BooleanProperty> invalid = new ArrayList<>();
    private final BooleanProperty exempt = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper star = new ReadOnlyStringWrapper("");
    private QuarterScore score;
    private boolean dirty;

    ScoreRow(RatedMember member, LedgerPoints ledger, int dimensions) {
        this.member = member;
        this.ledger = ledger;
        for (int i = 0; i < dimensions; i++) {
            cells.add(new SimpleStringProperty(""));
            invalid.add(new SimpleBooleanProperty(false));
        }
    }

    public RatedMember member() {
        return member;
    }

    public String name() {
        return member.name();
    }

    LedgerPoints ledger() {
        return ledger;
    }

    public StringProperty cell(int dimension) {
        return cells.get(dimension);
    }

    public BooleanProperty invalidProperty(int dimension) {
        return invalid.get(dimension);
    }

    public int dimensions() {
        return cells.size();
    }

    public BooleanProperty exemptProperty() {
        return exempt;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty starProperty() {
        return star.getReadOnlyProperty();
    }

    QuarterScore score() {
        return score;
    }

    void show(QuarterScore newScore, String totalText, String starText) {
        this.score = newScore;
        total.set(totalText);
        star.set(starText);
    }

    boolean isDirty() {
        return dirty;
    }

    void setDirty(boolean value) {
        dirty = value;
    }

    boolean hasInvalidCell() {
        return invalid.stream().anyMatch(BooleanProperty::get);
    }
}
