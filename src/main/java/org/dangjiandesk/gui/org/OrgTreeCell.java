package org.dangjiandesk.gui.org;

import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.dangjiandesk.model.OrgUnit;

/**
 * One organisation in the tree: its label, greyed when dissolved, and a drag source and drop target for moving
 * an organisation under another (the view-model asks for confirmation and explains a refused move).
 */
final class OrgTreeCell extends TreeCell<OrgUnit> {
    static final DataFormat ORG_ID = new DataFormat("application/x-dangjiandesk-org-id");
    private static final String DISSOLVED = "dissolved";
    private static final String MATCH = "filter-match";
    private static final String DROP_TARGET = "drop-target";

    private final OrgTreeViewModel vm;

    OrgTreeCell(OrgTreeViewModel vm) {
        this.vm = vm;
        setOnDragDetected(e -> {
            OrgUnit org = getItem();
            if (org == null || !org.isActive() || org.parentId() == null) {
                return;
            }
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(ORG_ID, org.id());
            content.putString(org.displayName());
            db.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (acceptsDrop(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragEntered(e -> {
            if (acceptsDrop(e.getDragboard())) {
                getStyleClass().add(DROP_TARGET);
            }
        });
        setOnDragExited(e -> getStyleClass().removeAll(DROP_TARGET));
        setOnDragDropped(e -> {
            boolean done = false;
            if (acceptsDrop(e.getDragboard())) {
                long source = (Long) e.getDragboard().getContent(ORG_ID);
                // let the drag end first: the move confirms in a dialog
                long target = getItem().id();
                javafx.application.Platform.runLater(() -> vm.move(source, target));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private boolean acceptsDrop(Dragboard db) {
        OrgUnit target = getItem();
        if (target == null || !target.isActive() || !db.hasContent(ORG_ID)) {
            return false;
        }
        Object source = db.getContent(ORG_ID);
        return source instanceof Long id && !id.equals(target.id());
    }

    @Override
    protected void updateItem(OrgUnit org, boolean empty) {
        super.updateItem(org, empty);
        getStyleClass().removeAll(DISSOLVED, MATCH, DROP_TARGET);
        if (empty || org == null) {
            setText(null);
            return;
        }
        setText(vm.label(org));
        if (!org.isActive()) {
            getStyleClass().add(DISSOLVED);
        }
        if (vm.matchesFilter(org)) {
            getStyleClass().add(MATCH);
        }
    }
}
