package org.dangjiandesk.gui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberEvent;

/**
 * A member's history (党员档案记录) as a timeline, newest first: date, what happened, and its particulars
 * (reason, 文号/介绍信, from and to organisation, the other party, 党费交至, months of an extended probation).
 */
public final class MemberHistoryViewModel {

    /** One line of the timeline, ready to show. */
    public record Item(LocalDate date, EventType type, String title, List<String> details) {
    }

    private final GuiContext ctx;
    private final Messages messages;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public MemberHistoryViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
    }

    public void load(long memberId) {
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().roster().history(memberId))
                .onSuccess(events -> {
                    items.setAll(toItems(events));
                    loaded.set(true);
                }));
    }

    /** The events as timeline items, newest first. */
    public List<Item> toItems(List<MemberEvent> events) {
        List<Item> out = new ArrayList<>(events.size());
        for (int i = events.size() - 1; i >= 0; i--) {
            MemberEvent e = events.get(i);
            out.add(new Item(e.date(), e.type(), messages.label(e.type()), details(e)));
        }
        return out;
    }

    private List<String> details(MemberEvent e) {
        List<String> lines = new ArrayList<>();
        OrgTree tree = ctx.data().orgTree();
        String from = e.fromOrgId() == null ? null : orgName(tree, e.fromOrgId());
        String to = e.toOrgId() == null ? null : orgName(tree, e.toOrgId());
        if (from != null && to != null) {
            lines.add(messages.get("history.fromTo", from, to));
        } else if (from != null) {
            lines.add(messages.get("history.from", from));
        } else if (to != null) {
            lines.add(messages.get("history.to", to));
        }
        if (notBlank(e.otherParty())) {
            String key = switch (e.type()) {
                case TRANSFERRED_OUT -> "history.otherParty.out";
                case TRANSFERRED_IN -> "history.otherParty.in";
                case FLOATING_OUT -> "history.otherParty.floating";
                default -> "history.otherParty";
            };
            lines.add(messages.get(key, e.otherParty()));
        }
        if (e.months() != null) {
            lines.add(messages.get("history.months", e.months()));
        }
        if (notBlank(e.duesPaidUntil())) {
            lines.add(messages.get("history.duesPaidUntil", e.duesPaidUntil()));
        }
        if (notBlank(e.docNo())) {
            lines.add(messages.get("history.docNo", e.docNo()));
        }
        if (notBlank(e.reason())) {
            lines.add(messages.get("history.reason", e.reason()));
        }
        return lines;
    }

    private static String orgName(OrgTree tree, long id) {
        return tree.find(id).map(o -> tree.pathName(id)).orElse("#" + id);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public GuiContext context() {
        return ctx;
    }
}
