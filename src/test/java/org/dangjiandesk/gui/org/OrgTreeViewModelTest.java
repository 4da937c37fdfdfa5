package org.dangjiandesk.gui.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.main.AppData;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.ProgressReporter;
import org.dangjiandesk.gui.util.TaskExecutor;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.testutil.RecordingDialogs;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view-model with tasks that finish later, in order, as on the app's background thread. */
class OrgTreeViewModelTest {
    private TestServices ts;
    private TestStreet street;
    private DeferredExecutor executor;
    private RecordingDialogs dialogs;
    private GuiContext ctx;
    private OrgTreeViewModel vm;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        executor = new DeferredExecutor();
        dialogs = new RecordingDialogs();
        ctx = new GuiContext(ts.services(), new AppData(ts.services(), executor), executor, dialogs);
        ctx.data().loadAll(() -> { });
        vm = new OrgTreeViewModel(ctx);
        executor.runAll();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void addedOrganisation_isSelected_onceTheLaterReloadHasIt() {
        vm.select(street.community.id());
        vm.addChild(OrgType.BRANCH, "阳光社区第三党支部", "第三支部");
        executor.runAll();

        OrgUnit selected = vm.selectedProperty().get();
        assertThat(selected.fullName()).isEqualTo("阳光社区第三党支部");
        assertThat(selected.shortName()).isEqualTo("第三支部");
        assertThat(vm.form().fullNameProperty().get()).isEqualTo("阳光社区第三党支部");
    }

    @Test
    void switchingAwayFromUnsavedEdits_savesThemWhenTheUserAgrees() {
        vm.select(street.branch1.id());
        vm.form().secretaryNameProperty().set("张建国");
        assertThat(vm.form().isDirty()).isTrue();
        dialogs.confirmAnswers.add(true);

        vm.select(street.branch2.id());
        executor.runAll();

        assertThat(ts.services().orgs().loadTree().get(street.branch1.id()).secretaryName()).isEqualTo("张建国");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(street.branch2.id());
        assertThat(vm.form().isDirty()).isFalse();
    }

    @Test
    void switchingAwayFromUnsavedEdits_dropsThemWhenTheUserDeclines() {
        vm.select(street.branch1.id());
        vm.form().secretaryNameProperty().set("张建国");
        dialogs.confirmAnswers.add(false);

        vm.select(street.branch2.id());
        executor.runAll();

        assertThat(ts.services().orgs().loadTree().get(street.branch1.id()).secretaryName()).isNull();
    }

    @Test
    void failedSave_afterMovingOn_bringsTheEditsBack() {
        vm.select(street.branch1.id());
        vm.form().fullNameProperty().set("阳光社区第一党支部（新）");
        vm.save();
        // someone else saved the branch in between: the save is refused as stale
        OrgUnit stored = ts.services().orgs().loadTree().get(street.branch1.id());
        ts.services().orgs().update(stored.withDetails("一支部", null, null, null));
        vm.select(street.branch2.id());
        executor.runAll();

        assertThat(dialogs.errors).containsExactly("这条记录已被他人修改，请刷新后再改。");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(street.branch1.id());
        assertThat(vm.form().fullNameProperty().get()).isEqualTo("阳光社区第一党支部（新）");
        assertThat(vm.form().isDirty()).isTrue();
    }

    @Test
    void movingOnWhileTheSaveRuns_doesNotAskToSaveAgain() {
        vm.select(street.branch1.id());
        vm.form().secretaryNameProperty().set("张建国");
        vm.save();
        vm.select(street.branch2.id());
        executor.runAll();

        assertThat(dialogs.errors).isEmpty();
        assertThat(ts.services().orgs().loadTree().get(street.branch1.id()).secretaryName()).isEqualTo("张建国");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(street.branch2.id());
    }

    @Test
    void termStartOfABranchOutsideACommunity_proposesAThreeYearTerm() {
        OrgUnit company = ts.services().orgs().add(OrgUnit.create(street.street.id(), OrgType.BRANCH, "某科技公司党支部"));
        ctx.data().reloadTree();
        executor.runAll();
        vm.select(company.id());
        vm.form().termStartProperty().set(LocalDate.of(2025, 3, 1));
        assertThat(vm.form().termEndProperty().get()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(vm.termHintProperty().get()).contains("3 年");
        // a term end the user typed is kept when the start changes again
        vm.form().termEndProperty().set(LocalDate.of(2028, 6, 30));
        vm.form().termStartProperty().set(LocalDate.of(2025, 4, 1));
        assertThat(vm.form().termEndProperty().get()).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    /** Queues tasks and runs them on request, like one background thread that is slower than the user. */
    static final class DeferredExecutor implements TaskExecutor {
        private final Deque<BackgroundTask<?>> queue = new ArrayDeque<>();
        private Consumer<Throwable> defaultFailure = t -> {
            throw new IllegalStateException(t);
        };

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            queue.add(task);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                run(queue.poll());
            }
        }

        private <T> void run(BackgroundTask<T> task) {
            T result;
            try {
                result = task.work().run(ProgressReporter.NONE);
            } catch (Exception e) {
                (task.failureHandler() != null ? task.failureHandler() : defaultFailure).accept(e);
                return;
            }
            task.successHandler().accept(result);
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }

        @Override
        public void cancelCurrent() {
        }

        @Override
        public void setDefaultFailureHandler(Consumer<Throwable> handler) {
            defaultFailure = handler;
        }
    }
}
