package org.dangjiandesk.cli;

import java.util.Optional;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.OrgUnit;

/** Finds an organisation named on the command line by full name, short name, 12-digit code or id. */
final class Orgs {
    private Orgs() {
    }

    static Optional<OrgUnit> find(OrgTree tree, String text) {
        String t = text.strip();
        return tree.all().stream().filter(o -> t.equals(o.fullName()) || t.equals(o.shortName())
                || t.equals(o.orgCode()) || t.equals(String.valueOf(o.id()))).findFirst();
    }
}
