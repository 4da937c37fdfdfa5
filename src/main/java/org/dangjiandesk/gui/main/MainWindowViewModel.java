package org.dangjiandesk.gui.main;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.gui.GuiContext;

/** State of the main window: the selected module and what the status bar says. */
public final class MainWindowViewModel {
    private final GuiContext ctx;
    private final List<MainModule> modules;
    private final ObjectProperty<MainModule> selected = new SimpleObjectProperty<>();
    private final StringProperty streetName = new SimpleStringProperty("");

    public MainWindowViewModel(GuiContext ctx, List<MainModule> modules) {
        this.ctx = ctx;
        this.modules = List.copyOf(modules);
    }

    public List<MainModule> modules() {
        return modules;
    }

    public ObjectProperty<MainModule> selectedProperty() {
        return selected;
    }

    public StringProperty streetNameProperty() {
        return streetName;
    }

    /** "在册党员 5,000 名", kept current as the roster changes. */
    public StringBinding memberCountText() {
        return Bindings.createStringBinding(
                () -> ctx.data().loadingProperty().get() ? ctx.messages().get("status.loadingRoster")
                        : ctx.messages().get("status.members",
                        ctx.data().roster().stream().filter(e -> e.isCurrent()).count()),
                ctx.data().roster(), ctx.data().loadingProperty());
    }

    /** The status message: the running task's message, or 就绪. */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> ctx.executor().runningProperty().get()
                        ? ctx.executor().messageProperty().get() : ctx.messages().get("status.ready"),
                ctx.executor().runningProperty(), ctx.executor().messageProperty());
    }

    public GuiContext context() {
        return ctx;
    }
}
