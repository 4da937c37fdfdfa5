package org.dangjiandesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.summary.DataSummary;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.PlaceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code info [--json]}: what the data folder holds (organisations by type, places, members). */
@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand extends DataCommand {

    @Option(names = "--json", descriptionKey = "cli.info.json")
    boolean json;

    @Override
    protected int run(Services services) {
        DataSummary summary = services.summary().summary();
        String street = services.setup().streetName();
        if (json) {
            out().println(Json.write(asJson(summary, street)));
        } else {
            printText(summary, street);
        }
        return 0;
    }

    private Map<String, Object> asJson(DataSummary s, String street) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("current", s.currentMembers());
        members.put("full", s.fullMembers());
        members.put("probationary", s.probationaryMembers());
        members.put("departed", s.departedMembers());
        Map<String, Object> byType = new LinkedHashMap<>();
        for (OrgType type : OrgType.values()) {
            byType.put(type.name(), s.organisations(type));
        }
        Map<String, Object> orgs = new LinkedHashMap<>();
        orgs.put("total", s.organisations());
        orgs.put("byType", byType);
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (PlaceKind kind : PlaceKind.values()) {
            byKind.put(kind.name(), s.places(kind));
        }
        Map<String, Object> places = new LinkedHashMap<>();
        places.put("total", s.places());
        places.put("byKind", byKind);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataDir", root().dataDir().toString());
        root.put("street", street);
        root.put("members", members);
        root.put("organizations", orgs);
        root.put("places", places);
        root.put("events", s.events());
        return root;
    }

    private void printText(DataSummary s, String street) {
        Messages m = messages();
        out().println(m.get("cli.info.dataDir", root().dataDir().toString()));
        if (!street.isBlank()) {
            out().println(m.get("cli.info.street", street));
        }
        List<String> types = new ArrayList<>();
        for (OrgType type : OrgType.values()) {
            if (s.organisations(type) > 0) {
                types.add(m.get("cli.info.count", m.label(type), s.organisations(type)));
            }
        }
        out().println(m.get("cli.info.organisations", s.organisations(),
                String.join(m.get("cli.info.separator"), types)));
        List<String> kinds = new ArrayList<>();
        for (PlaceKind kind : PlaceKind.values()) {
            kinds.add(m.get("cli.info.count", m.label(kind), s.places(kind)));
        }
        out().println(m.get("cli.info.places", s.places(), String.join(m.get("cli.info.separator"), kinds)));
        out().println(m.get("cli.info.members", s.currentMembers(), s.fullMembers(), s.probationaryMembers(),
                s.departedMembers()));
    }
}
