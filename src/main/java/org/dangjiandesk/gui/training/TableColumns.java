package org.dangjiandesk.gui.training;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import org.dangjiandesk.gui.member.OrgOption;

/** Small helpers the training tables and pickers share. */
final class TableColumns {
    private TableColumns() {
    }

    /** A read-only text column. */
    static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Organisation options shown indented by depth. */
    static void indentedOrgs(ComboBox<OrgOption> box) {
        Callback<javafx.scene.control.ListView<OrgOption>, ListCell<OrgOption>> cells = lv -> new ListCell<>() {
            @Override
            protected void updateItem(OrgOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.type() == null ? item.name() : item.indented());
            }
        };
        box.setCellFactory(cells);
    }
}
