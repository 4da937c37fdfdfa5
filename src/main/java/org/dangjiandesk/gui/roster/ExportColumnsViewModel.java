package org.dangjiandesk.gui.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.excel.roster.RosterExportRequest;

/**
 * Which columns a roster export writes. Starts with the national 16 items (what upward submissions need); the clerk
 * can add any other column or take some away. The columns always go out in the roster's own order.
 */
public final class ExportColumnsViewModel {
    private final ObservableList<RosterColumn> chosen =
            FXCollections.observableArrayList(RosterExportRequest.nationalColumns());
    private final BooleanBinding nothingChosen = Bindings.isEmpty(chosen);

    /** Every column that can be exported, in the order they are written. */
    public List<RosterColumn> allColumns() {
        return Arrays.asList(RosterColumn.values());
    }

    /** The chosen columns (observable; the view checks and unchecks through it). */
    public ObservableList<RosterColumn> chosen() {
        return chosen;
    }

    public void choose(RosterColumn column, boolean on) {
        if (on && !chosen.contains(column)) {
            chosen.add(column);
        } else if (!on) {
            chosen.remove(column);
        }
    }

    public void chooseNational() {
        chosen.setAll(RosterExportRequest.nationalColumns());
    }

    public void chooseAll() {
        chosen.setAll(allColumns());
    }

    /** The chosen columns in the roster's column order, whatever order they were ticked in. */
    public List<RosterColumn> columnsInOrder() {
        List<RosterColumn> out = new ArrayList<>();
        for (RosterColumn c : allColumns()) {
            if (chosen.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** True while no column is chosen: exporting is not possible then. */
    public BooleanBinding nothingChosenProperty() {
        return nothingChosen;
    }
}
