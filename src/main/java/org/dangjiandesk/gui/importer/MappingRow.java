package org.dangjiandesk.gui.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dangjiandesk.logic.excel.roster.RosterColumn;

/** One file column in the mapping table: its letter and header as the file has them, and what it is read as. */
public final class MappingRow {
    private final int index;
    private final String letter;
    private final String header;
    private final ObjectProperty<RosterColumn> column;

    public MappingRow(int index, String letter, String header, RosterColumn column) {
        this.index = index;
        this.letter = letter;
        this.header = header;
        this.column = new SimpleObjectProperty<>(column);
    }

    public int index() {
        return index;
    }

    public String letter() {
        return letter;
    }

    public String header() {
        return header;
    }

    public ObjectProperty<RosterColumn> columnProperty() {
        return column;
    }
}
