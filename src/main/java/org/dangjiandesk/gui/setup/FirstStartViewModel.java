package org.dangjiandesk.gui.setup;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.org.OrgRules;

/**
 * First start on an empty data folder: load the demo street, or start empty with the street's name and 组织代码
 * (its 党工委 becomes the root of the tree). When either is done, {@code onDone} opens the main window.
 */
public final class FirstStartViewModel {
    private final GuiContext ctx;
    private final DemoLoader demoLoader;
    private final Runnable onDone;
    private final StringProperty streetName = new SimpleStringProperty("");
    private final StringProperty streetCode = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringBinding streetCodeError;
    private final BooleanBinding canStartEmpty;

    public FirstStartViewModel(GuiContext ctx, DemoLoader demoLoader, Runnable onDone) {
        this.ctx = ctx;
        this.demoLoader = demoLoader;
        this.onDone = onDone;
        streetCodeError = Bindings.createStringBinding(() -> OrgRules.isValidOrgCode(streetCode.get())
                ? "" : ctx.messages().get("org.error.orgCode"), streetCode);
        canStartEmpty = Bindings.createBooleanBinding(() -> !busy.get()
                && streetName.get() != null && !streetName.get().isBlank()
                && streetCodeError.get().isEmpty(), busy, streetName, streetCodeError);
    }

    public java.util.ResourceBundle bundle() {
        return ctx.messages().bundle();
    }

    public StringProperty streetNameProperty() {
        return streetName;
    }

    public StringProperty streetCodeProperty() {
        return streetCode;
    }

    /** Empty, or why the 组织代码 is not acceptable. */
    public StringBinding streetCodeErrorProperty() {
        return streetCodeError;
    }

    public BooleanBinding canStartEmptyProperty() {
        return canStartEmpty;
    }

    /** True while the demo street or the empty street is being created. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return ctx.executor().progressProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return ctx.executor().messageProperty();
    }

    /** 从空白开始: creates the street's 党工委. */
    public void startEmpty() {
        if (!canStartEmpty.get()) {
            return;
        }
        String name = streetName.get().strip();
        String code = streetCode.get() == null ? "" : streetCode.get().strip();
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().setup().createEmptyStreet(name, code))
                .title(ctx.messages().get("setup.creating"))
                .onSuccess(root -> finished())
                .onFailure(this::failed));
    }

    /** 载入演示街道: generates the demo street with progress. */
    public void loadDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        ctx.executor().execute(BackgroundTask.<Void>of(p -> {
            demoLoader.load(p);
            return null;
        }).title(ctx.messages().get("setup.demo.loading"))
                .onSuccess(v -> finished())
                .onFailure(this::failed));
    }

    private void finished() {
        busy.set(false);
        onDone.run();
    }

    private void failed(Throwable t) {
        busy.set(false);
        ctx.showFailure(t);
    }
}
