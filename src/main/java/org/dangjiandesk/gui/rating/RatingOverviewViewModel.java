package org.dangjiandesk.gui.rating;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.MemberStars;
import org.dangjiandesk.logic.rating.RatingOverview;
import org.dangjiandesk.logic.rating.StarDistribution;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.StarLevel;

/**
 * Overviews of a quarter: stars per branch or per community, the members below three stars, and one branch's
 * members over the year with the annual star (the 民主评议 grade is set here).
 */
public final class RatingOverviewViewModel {
    private final GuiContext ctx;
    private final Messages messages;
    private final StringProperty quarterText = new SimpleStringProperty("");
    private final BooleanProperty byCommunity = new SimpleBooleanProperty(false);
    private final ObservableList<StarDistribution> distribution = FXCollections.observableArrayList();
    private final ObservableList<RatingOverview.LowRated> below = FXCollections.observableArrayList();
    private final ObservableList<BranchOption> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchOption> yearBranch = new SimpleObjectProperty<>();
    private final ObservableList<MemberStars> year = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");

    public RatingOverviewViewModel(GuiContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        byCommunity.addListener((o, a, b) -> refresh());
        yearBranch.addListener((o, a, b) -> loadYear());
    }

    /** Reloads the distribution, the members below three stars and the branch's year. */
    public void refresh() {
        Quarter q;
        try {
            q = Quarter.parse(quarterText.get());
        } catch (IllegalArgumentException e) {
            ctx.dialogs().showError(messages.get("rating.error.quarter", quarterText.get()));
            return;
        }
        boolean communities = byCommunity.get();
        RatingOverview overview = ctx.services().rating().overview();
        ctx.executor().execute(BackgroundTask.of(p -> new Loaded(
                        communities ? overview.byCommunity(q) : overview.byBranch(q),
                        overview.below(q, StarLevel.THREE), overview.total(q)))
                .onSuccess(l -> {
                    distribution.setAll(l.distribution());
                    below.setAll(l.below());
                    StarDistribution t = l.total();
                    totalText.set(messages.get("rating.overview.total", t.count(StarLevel.FIVE),
                            t.count(StarLevel.FOUR), t.count(StarLevel.THREE), t.count(StarLevel.TWO),
                            t.count(StarLevel.ONE), t.notRated()));
                }));
        if (branches.isEmpty()) {
            for (OrgUnit o : ctx.data().orgTree().all()) {
                if (o.type().isBranchLike() && o.isActive()) {
                    branches.add(new BranchOption(o.id(), o.fullName()));
                }
            }
        }
        loadYear();
    }

    private record Loaded(List<StarDistribution> distribution, List<RatingOverview.LowRated> below,
                          StarDistribution total) {
    }

    private int yearNumber() {
        try {
            return Quarter.parse(quarterText.get()).year();
        } catch (IllegalArgumentException e) {
            return Quarter.of(java.time.LocalDate.now(ctx.services().clock())).year();
        }
    }

    /** Loads the chosen branch's members over the quarter's year. */
    public void loadYear() {
        BranchOption b = yearBranch.get();
        if (b == null) {
            year.clear();
            return;
        }
        int y = yearNumber();
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().rating().overview().year(b.id(), y))
                .onSuccess(year::setAll));
    }

    /** Records a member's 民主评议 grade for the year and shows the new annual star. */
    public void setGrade(MemberStars member, AppraisalGrade grade) {
        int y = yearNumber();
        ctx.executor().execute(BackgroundTask.of(p -> {
            ctx.services().rating().overview().setAppraisal(member.memberId(), y, grade);
            return null;
        }).onSuccess(x -> loadYear()));
    }

    public String stars(MemberStars m, int quarter) {
        StarLevel s = m.stars().get(new Quarter(yearNumber(), quarter));
        return s == null ? "" : s.symbols();
    }

    public GuiContext context() {
        return ctx;
    }

    public StringProperty quarterTextProperty() {
        return quarterText;
    }

    public BooleanProperty byCommunityProperty() {
        return byCommunity;
    }

    public ObservableList<StarDistribution> distribution() {
        return distribution;
    }

    public ObservableList<RatingOverview.LowRated> below() {
        return below;
    }

    public ObservableList<BranchOption> branches() {
        return branches;
    }

    public ObjectProperty<BranchOption> yearBranchProperty() {
        return yearBranch;
    }

    public ObservableList<MemberStars> year() {
        return year;
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }
}
