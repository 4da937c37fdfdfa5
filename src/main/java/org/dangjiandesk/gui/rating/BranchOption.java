package org.dangjiandesk.gui.rating;

/** A branch in the chooser: shown by its full name. */
public record BranchOption(long id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
