package org.dangjiandesk.gui.training;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.excel.training.SignInMatch;
import org.dangjiandesk.logic.excel.training.SignInProblem;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.roster.RosterIndex;
import org.dangjiandesk.logic.roster.RosterQuery;
import org.dangjiandesk.logic.roster.RosterSearch;
import org.dangjiandesk.logic.training.SessionDays;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.model.Attendance;
import org.dangjiandesk.model.AttendanceStatus;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;

/**
 * State of the sessions tab (培训班次): the sessions of the chosen year, the form of the session being edited,
 * and its attendance list with each attendee's hours in that year. Attendees are found with the roster's own
 * search ({@link RosterIndex}: name, pinyin initials, ID tail) over the shared in-memory roster.
 */
public final class SessionsViewModel {
    /** Search results shown at most; the clerk types more to narrow. */
    static final int MAX_FOUND = 50;

    private final GuiContext ctx;
    private final TrainingService training;
    private final Messages messages;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<TrainingSession> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingSession> editing = new SimpleObjectProperty<>();

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<TrainingType> type = new SimpleObjectProperty<>(TrainingType.THEME_DAY);
    private final ObjectProperty<Long> orgId = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingAudience> audience = new SimpleObjectProperty<>(TrainingAudience.ALL_MEMBERS);
    private final ObjectProperty<Long> audienceOrgId = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final StringProperty hoursPerDay = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty lecturer = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringBinding totalHoursText;

    private final ObservableList<OrgOption> orgOptions = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<RosterEntry> found = FXCollections.observableArrayList();
    private final ObjectProperty<Long> addOrgId = new SimpleObjectProperty<>();
    private final ObservableList<AttendeeRow> attendees = FXCollections.observableArrayList();
    private final ObservableList<String> unresolved = FXCollections.observableArrayList();
    private final StringBinding attendanceSummary;

    private RosterIndex index;
    private Map<Long, RosterEntry> byId;

    public SessionsViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.training = ctx.services().training().sessions();
        this.messages = ctx.messages();
        year.set(LocalDate.now(ctx.services().clock()).getYear());
        type.addListener((obs, old, now) -> {
            // the hours follow the form until the clerk types their own
            if (now != null && (hoursPerDay.get().isBlank() || old != null
                    && hoursPerDay.get().equals(old.defaultHoursPerDay().toPlainString()))) {
                hoursPerDay.set(now.defaultHoursPerDay().toPlainString());
            }
        });
        hoursPerDay.set(type.get().defaultHoursPerDay().toPlainString());
        totalHoursText = Bindings.createStringBinding(this::totalHours, firstDay, lastDay, hoursPerDay);
        attendanceSummary = Bindings.createStringBinding(this::summary, attendees);
        searchText.addListener(o -> search());
        year.addListener(o -> reloadSessions());
        ctx.data().orgTreeProperty().addListener(o -> treeChanged());
        ctx.data().roster().addListener((InvalidationListener) o -> {
            index = null;
            byId = null;
            search();
        });
        treeChanged();
    }

    private void treeChanged() {
        orgOptions.setAll(OrgOption.of(ctx.data().orgTree(), OrgUnit::isActive));
        if (orgId.get() == null && !orgOptions.isEmpty()) {
            orgId.set(orgOptions.get(0).id());
        }
    }

    // --- sessions ---

    public void reloadSessions() {
        int y = year.get();
        Long keep = editing.get() == null ? null : editing.get().id();
        ctx.executor().execute(BackgroundTask.of(p -> training.sessionsIn(y)).onSuccess(list -> {
            sessions.setAll(list);
            if (keep != null) {
                list.stream().filter(s -> keep.equals(s.id())).findFirst().ifPresent(this::edit);
            }
        }));
    }

    /** Clears the form for a new session (organised by the top organisation, today, the form's default hours). */
    public void newSession() {
        editing.set(null);
        title.set("");
        type.set(TrainingType.THEME_DAY);
        audience.set(TrainingAudience.ALL_MEMBERS);
        audienceOrgId.set(null);
        LocalDate today = LocalDate.now(ctx.services().clock());
        firstDay.set(today);
        lastDay.set(today);
        hoursPerDay.set(TrainingType.THEME_DAY.defaultHoursPerDay().toPlainString());
        place.set("");
        lecturer.set("");
        notes.set("");
        attendees.clear();
        unresolved.clear();
    }

    /** Shows a session in the form and loads its attendance list. */
    public void edit(TrainingSession s) {
        if (s == null) {
            return;
        }
        editing.set(s);
        title.set(s.title());
        type.set(s.type());
        orgId.set(s.orgId());
        audience.set(s.audience());
        audienceOrgId.set(s.audienceOrgId());
        firstDay.set(s.firstDay());
        lastDay.set(s.lastDay());
        hoursPerDay.set(s.days().isEmpty() ? "" : s.days().get(0).hours().stripTrailingZeros().toPlainString());
        place.set(text(s.place()));
        lecturer.set(text(s.lecturer()));
        notes.set(text(s.notes()));
        unresolved.clear();
        reloadAttendees();
    }

    /** Saves the form; the saved session stays selected. */
    public void save() {
        TrainingSession s;
        try {
            BigDecimal hours = new BigDecimal(hoursPerDay.get().strip());
            TrainingSession current = editing.get();
            s = new TrainingSession(current == null ? null : current.id(), current == null ? 0 : current.version(),
                    title.get(), type.get(), orgId.get() == null ? 0 : orgId.get(), audience.get(),
                    audienceOrgId.get(), place.get(), lecturer.get(), notes.get(),
                    SessionDays.consecutive(firstDay.get(), lastDay.get(), hours));
        } catch (NumberFormatException e) {
            ctx.dialogs().showError(messages.get("training.error.hoursNumber"));
            return;
        } catch (RuntimeException e) {
            ctx.showFailure(e);
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> training.save(s)).onSuccess(saved -> {
            editing.set(saved);
            if (saved.firstDay().getYear() != year.get() && saved.lastDay().getYear() != year.get()) {
                year.set(saved.firstDay().getYear()); // reloads
            } else {
                reloadSessions();
            }
            reloadAttendees();
        }));
    }

    public void delete() {
        TrainingSession s = editing.get();
        if (s == null || !ctx.dialogs().confirm(messages.get("training.confirmDelete", s.title()))) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> {
            training.delete(s.id());
            return null;
        }).onSuccess(x -> {
            newSession();
            reloadSessions();
        }));
    }

    // --- finding and adding attendees ---

    private void search() {
        String text = searchText.get();
        if (text == null || text.isBlank()) {
            found.clear();
            return;
        }
        RosterQuery q = RosterQuery.all(LocalDate.now(ctx.services().clock())).withText(text);
        List<RosterEntry> result = index().filter(q);
        found.setAll(result.size() > MAX_FOUND ? result.subList(0, MAX_FOUND) : result);
    }

    /** The roster's index, built on first search after a change (tens of milliseconds at 100,000). */
    private RosterIndex index() {
        if (index == null) {
            index = RosterIndex.of(ctx.data().roster());
        }
        return index;
    }

    private Map<Long, RosterEntry> byId() {
        if (byId == null) {
            Map<Long, RosterEntry> map = new HashMap<>(ctx.data().roster().size() * 2);
            for (RosterEntry e : ctx.data().roster()) {
                map.put(e.id(), e);
            }
            byId = map;
        }
        return byId;
    }

    /** Puts members found by the search on the list as present (saving the session first if it is new). */
    public void addFound(Collection<RosterEntry> members) {
        add(members.stream().map(RosterEntry::id).toList());
    }

    /** Puts every current member of an organisation's subtree on the list. */
    public void addOrg() {
        Long org = addOrgId.get();
        if (org == null) {
            return;
        }
        Set<Long> subtree = ctx.data().orgTree().subtreeIds(org);
        RosterQuery q = new RosterQuery(null, subtree, null, null, Set.of(), null,
                LocalDate.now(ctx.services().clock()), false);
        add(RosterSearch.filter(ctx.data().roster(), q).stream().map(RosterEntry::id).toList());
    }

    private void add(List<Long> memberIds) {
        TrainingSession s = editing.get();
        if (s == null) {
            ctx.dialogs().showInfo(messages.get("training.saveFirst"));
            return;
        }
        if (memberIds.isEmpty()) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> training.addAttendees(s.id(), memberIds))
                .onSuccess(n -> reloadAttendees()));
    }

    public void mark(Collection<Long> memberIds, AttendanceStatus status) {
        TrainingSession s = editing.get();
        if (s == null || memberIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(memberIds);
        ctx.executor().execute(BackgroundTask.of(p -> {
            training.mark(s.id(), ids, status);
            return null;
        }).onSuccess(x -> reloadAttendees()));
    }

    public void remove(Collection<Long> memberIds) {
        TrainingSession s = editing.get();
        if (s == null || memberIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(memberIds);
        ctx.executor().execute(BackgroundTask.of(p -> {
            training.removeAttendees(s.id(), ids);
            return null;
        }).onSuccess(x -> reloadAttendees()));
    }

    /** Reads the list and each attendee's hours in the chosen year. */
    public void reloadAttendees() {
        TrainingSession s = editing.get();
        if (s == null) {
            attendees.clear();
            return;
        }
        int y = year.get();
        ctx.executor().execute(BackgroundTask.of(p -> {
            List<Attendance> list = training.attendance(s.id());
            Map<Long, BigDecimal> hours = training.yearHours(list.stream().map(Attendance::memberId).toList(), y);
            return new Loaded(list, hours);
        }).onSuccess(loaded -> {
            OrgTree tree = ctx.data().orgTree();
            List<AttendeeRow> rows = new ArrayList<>(loaded.list().size());
            for (Attendance a : loaded.list()) {
                RosterEntry e = byId().get(a.memberId());
                String name = e == null ? "#" + a.memberId() : e.name();
                String org = e == null ? "" : tree.branchOf(e.orgId()).or(() -> tree.find(e.orgId()))
                        .map(OrgUnit::displayName).orElse("");
                rows.add(new AttendeeRow(a.memberId(), name, org, a.status(),
                        loaded.hours().getOrDefault(a.memberId(), BigDecimal.ZERO)));
            }
            attendees.setAll(rows);
        }));
    }

    private record Loaded(List<Attendance> list, Map<Long, BigDecimal> hours) {
    }

    // --- sign-in sheets ---

    /** Reads a signed sheet: matched members go on the list, lines to resolve are listed. */
    public void importSignIn(Path file) {
        TrainingSession s = editing.get();
        if (s == null) {
            ctx.dialogs().showInfo(messages.get("training.saveFirst"));
            return;
        }
        Set<Long> audienceOrgs = ctx.data().orgTree().subtreeIds(s.audienceRoot());
        ctx.executor().execute(BackgroundTask.of(p -> {
            SignInMatch m = ctx.services().training().signIn().match(file, audienceOrgs);
            training.addAttendees(s.id(), m.matched().stream().map(RosterEntry::id).toList());
            return m;
        }).onSuccess(m -> {
            List<String> lines = new ArrayList<>();
            for (SignInProblem pr : m.problems()) {
                lines.add(messages.get(pr.kind() == SignInProblem.Kind.UNMATCHED ? "training.signIn.unmatched"
                        : "training.signIn.ambiguous", pr.row(), pr.name().isEmpty() ? pr.idText() : pr.name(),
                        pr.candidates().size()));
            }
            unresolved.setAll(lines);
            ctx.dialogs().showInfo(messages.get("training.signIn.done", m.matched().size(), m.problems().size()));
            reloadAttendees();
        }));
    }

    /** Writes the sign-in sheet and seating list of the session shown. */
    public void exportSignIn(Path file) {
        TrainingSession s = editing.get();
        if (s == null) {
            ctx.dialogs().showInfo(messages.get("training.saveFirst"));
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().training().sheets().signInSheet(s, file))
                .onSuccess(n -> ctx.dialogs().showInfo(messages.get("training.signInSheet.done", n, file))));
    }

    // --- texts ---

    private String totalHours() {
        try {
            BigDecimal h = new BigDecimal(hoursPerDay.get().strip());
            LocalDate a = firstDay.get();
            LocalDate b = lastDay.get() == null ? a : lastDay.get();
            if (a == null || b.isBefore(a)) {
                return "";
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(a, b) + 1;
            return messages.get("training.totalHours", days, h.multiply(BigDecimal.valueOf(days)).stripTrailingZeros()
                    .toPlainString());
        } catch (NumberFormatException | NullPointerException e) {
            return "";
        }
    }

    private String summary() {
        int present = 0;
        int absent = 0;
        int excused = 0;
        for (AttendeeRow r : attendees) {
            switch (r.status()) {
                case PRESENT -> present++;
                case ABSENT -> absent++;
                case EXCUSED -> excused++;
            }
        }
        return messages.get("training.attendanceSummary", attendees.size(), present, absent, excused);
    }

    public String label(Enum<?> e) {
        return messages.label(e);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // --- properties ---

    public GuiContext context() {
        return ctx;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<TrainingSession> sessions() {
        return sessions;
    }

    public ObjectProperty<TrainingSession> editingProperty() {
        return editing;
    }

    public BooleanBinding nothingEdited() {
        return editing.isNull();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<TrainingType> typeProperty() {
        return type;
    }

    public ObjectProperty<Long> orgIdProperty() {
        return orgId;
    }

    public ObjectProperty<TrainingAudience> audienceProperty() {
        return audience;
    }

    public ObjectProperty<Long> audienceOrgIdProperty() {
        return audienceOrgId;
    }

    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public StringProperty hoursPerDayProperty() {
        return hoursPerDay;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty lecturerProperty() {
        return lecturer;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringBinding totalHoursText() {
        return totalHoursText;
    }

    public ObservableList<OrgOption> orgOptions() {
        return orgOptions;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<RosterEntry> found() {
        return found;
    }

    public ObjectProperty<Long> addOrgIdProperty() {
        return addOrgId;
    }

    public ObservableList<AttendeeRow> attendees() {
        return attendees;
    }

    public ObservableList<String> unresolved() {
        return unresolved;
    }

    public StringBinding attendanceSummary() {
        return attendanceSummary;
    }

    /** A found member as the result list shows it: name, branch, ID tail. */
    public String describe(RosterEntry e) {
        OrgTree tree = ctx.data().orgTree();
        String org = tree.branchOf(e.orgId()).or(() -> tree.find(e.orgId())).map(OrgUnit::displayName).orElse("");
        String id = e.idNumber();
        return messages.get("training.found", e.name(), org, id.length() > 4 ? id.substring(id.length() - 4) : id);
    }
}
