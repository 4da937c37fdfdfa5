package org.dangjiandesk.gui.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.org.PlaceService;
import org.dangjiandesk.model.OrgStatus;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OrgTreeViewTest {
    private static final String BRANCH1 = "阳光社区第一党支部 · 党支部 · 2人";

    private TestServices ts;
    private TestStreet street;
    private GuiTestContext gui;
    private OrgTreeViewModel vm;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
        vm = new OrgTreeViewModel(gui.ctx);
        stage.setScene(Styles.styled(new Scene(new OrgTreeView(vm).load(), 1200, 800)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private List<String> treeTexts(FxRobot robot) {
        return robot.lookup("#orgTree .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null)
                .map(c -> c.getText())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private TreeView<OrgUnit> tree(FxRobot robot) {
        return robot.lookup("#orgTree").queryAs(TreeView.class);
    }

    private List<String> warnings(FxRobot robot) {
        return robot.lookup("#warningsBox").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void tree_showsTheTestStreetOrganisations_withSubtreeMemberCounts(FxRobot robot) {
        assertThat(treeTexts(robot)).containsExactly(
                "幸福街道 · 党工委 · 3人",
                "中共阳光社区委员会 · 党委 · 3人",
                BRANCH1,
                "阳光社区第二党支部 · 党支部 · 1人");
    }

    @Test
    void addingABranchThroughTheDialog_showsItInTheTree_selected(FxRobot robot) {
        robot.clickOn("中共阳光社区委员会 · 党委 · 3人");
        robot.clickOn("#addOrg");
        robot.clickOn("#newOrgName").write("阳光社区第三党支部");
        robot.clickOn("#dialogOk");

        assertThat(treeTexts(robot)).contains("阳光社区第三党支部 · 党支部 · 0人");
        assertThat(tree(robot).getSelectionModel().getSelectedItem().getValue().fullName())
                .isEqualTo("阳光社区第三党支部");
        OrgUnit added = ts.services().orgs().loadTree().all().stream()
                .filter(o -> o.fullName().equals("阳光社区第三党支部")).findFirst().orElseThrow();
        assertThat(added.parentId()).isEqualTo(street.community.id());
        assertThat(added.type()).isEqualTo(OrgType.BRANCH);
    }

    @Test
    void selectingABranchWithTwoFullMembers_warnsOfTooFewFullMembers(FxRobot robot) {
        robot.clickOn(BRANCH1);
        assertThat(warnings(robot)).containsExactly("⚠ 正式党员仅 2 名，党支部应有 3 名以上正式党员");
        assertThat(robot.lookup("#countFull").queryAs(Label.class).getText()).isEqualTo("正式党员 2 名");
        assertThat(robot.lookup("#countTotal").queryAs(Label.class).getText()).isEqualTo("合计 2 名");
    }

    @Test
    void dissolvingABranchWithMembers_showsTheRefusal_andKeepsIt(FxRobot robot) {
        robot.clickOn(BRANCH1);
        robot.clickOn("#dissolveOrg");
        assertThat(gui.dialogs.errors).containsExactly("还有 2 名在册党员，请先转移。");
        assertThat(ts.services().orgs().loadTree().get(street.branch1.id()).status()).isEqualTo(OrgStatus.ACTIVE);
    }

    @Test
    void dissolvingAnEmptyBranch_throughTheDialog_hidesIt_untilShowDissolvedIsTicked(FxRobot robot) {
        ts.services().orgs().add(OrgUnit.create(street.community.id(), OrgType.BRANCH, "阳光社区第三党支部"));
        robot.interact(() -> gui.ctx.data().reloadTree());
        robot.clickOn("阳光社区第三党支部 · 党支部 · 0人");
        robot.clickOn("#dissolveOrg");
        robot.clickOn("#dissolveReason").write("小区合并");
        robot.clickOn("#dialogOk");

        assertThat(treeTexts(robot)).noneMatch(t -> t.startsWith("阳光社区第三党支部"));
        robot.clickOn("#showDissolved");
        assertThat(treeTexts(robot)).contains("阳光社区第三党支部 · 党支部 · 已撤销");
        TreeCell<?> cell = robot.lookup("阳光社区第三党支部 · 党支部 · 已撤销").queryAs(TreeCell.class);
        assertThat(cell.getStyleClass()).contains("dissolved");
        OrgUnit kept = ts.services().orgs().loadTree().all().stream()
                .filter(o -> o.fullName().equals("阳光社区第三党支部")).findFirst().orElseThrow();
        assertThat(kept.dissolvedOn()).isEqualTo(TestServices.TODAY);
        assertThat(kept.dissolvedReason()).isEqualTo("小区合并");
    }

    @Test
    void filter_narrowsTheTreeToMatchingNamesAndTheirParents(FxRobot robot) {
        robot.clickOn("#orgFilter").write("第二");
        assertThat(treeTexts(robot)).containsExactly(
                "幸福街道 · 党工委 · 3人",
                "中共阳光社区委员会 · 党委 · 3人",
                "阳光社区第二党支部 · 党支部 · 1人");
    }

    @Test
    void expandedStateAndSelection_surviveAReloadOfTheTree(FxRobot robot) {
        robot.clickOn("阳光社区第二党支部 · 党支部 · 1人");
        TreeItem<OrgUnit> before = tree(robot).getSelectionModel().getSelectedItem();
        robot.interact(() -> before.getParent().getParent().setExpanded(true));

        robot.interact(() -> gui.ctx.data().reloadTree());

        TreeItem<OrgUnit> after = tree(robot).getSelectionModel().getSelectedItem();
        assertThat(after.getValue().id()).isEqualTo(street.branch2.id());
        assertThat(after.getParent().isExpanded()).isTrue();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(street.branch2.id());
    }

    @Test
    void collapsedOrganisation_staysCollapsedAfterAReload(FxRobot robot) {
        TreeItem<OrgUnit> community = tree(robot).getRoot().getChildren().get(0).getChildren().get(0);
        robot.interact(() -> community.setExpanded(false));
        robot.interact(() -> gui.ctx.data().reloadTree());
        TreeItem<OrgUnit> again = tree(robot).getRoot().getChildren().get(0).getChildren().get(0);
        assertThat(again.getValue().id()).isEqualTo(street.community.id());
        assertThat(again.isExpanded()).isFalse();
    }

    @Test
    void settingATermStart_proposesTheTermEnd_andSaveStoresBoth(FxRobot robot) {
        robot.clickOn(BRANCH1);
        robot.interact(() -> vm.form().termStartProperty().set(LocalDate.of(2024, 6, 1)));
        // a branch of a community: 5-year term
        assertThat(vm.form().termEndProperty().get()).isEqualTo(LocalDate.of(2029, 6, 1));
        robot.clickOn("#saveOrg");
        OrgUnit saved = ts.services().orgs().loadTree().get(street.branch1.id());
        assertThat(saved.termStart()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(saved.termEnd()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertThat(robot.lookup("#saveOrg").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void orgCodeOfTheWrongLength_isShownAsAnError_andNotSaved(FxRobot robot) {
        robot.clickOn(BRANCH1);
        robot.clickOn("#orgCode").write("32050");
        Node error = robot.lookup("#orgCodeError").query();
        assertThat(error.isVisible()).isTrue();
        assertThat(((Label) error).getText()).isEqualTo("组织代码应为12位数字");
        robot.clickOn("#saveOrg");
        assertThat(gui.dialogs.errors).containsExactly("组织代码应为12位数字");
        assertThat(ts.services().orgs().loadTree().get(street.branch1.id()).orgCode()).isNull();
    }

    @Test
    void moveDialog_movesABranchUnderAGeneralBranch(FxRobot robot) {
        ts.services().orgs().add(OrgUnit.create(street.community.id(), OrgType.GENERAL_BRANCH, "阳光社区党总支"));
        robot.interact(() -> gui.ctx.data().reloadTree());
        robot.clickOn("阳光社区第二党支部 · 党支部 · 1人");
        robot.clickOn("#moveOrg");
        @SuppressWarnings("unchecked")
        ListView<OrgUnit> targets = robot.lookup("#moveTargets").queryAs(ListView.class);
        assertThat(targets.getItems()).extracting(OrgUnit::fullName).containsExactly("幸福街道党工委", "阳光社区党总支");
        robot.clickOn("中共阳光社区委员会 / 阳光社区党总支");
        robot.clickOn("#dialogOk");

        OrgUnit moved = ts.services().orgs().loadTree().get(street.branch2.id());
        assertThat(moved.parentId()).isNotEqualTo(street.community.id());
        assertThat(ts.services().orgs().loadTree().get(moved.parentId()).fullName()).isEqualTo("阳光社区党总支");
        TreeItem<OrgUnit> item = tree(robot).getSelectionModel().getSelectedItem();
        assertThat(item.getParent().getValue().fullName()).isEqualTo("阳光社区党总支");
    }

    @Test
    void draggingABranchOntoAGeneralBranch_movesIt(FxRobot robot) {
        ts.services().orgs().add(OrgUnit.create(street.community.id(), OrgType.GENERAL_BRANCH, "阳光社区党总支"));
        robot.interact(() -> gui.ctx.data().reloadTree());
        robot.drag("阳光社区第二党支部 · 党支部 · 1人").dropTo("阳光社区党总支 · 党总支 · 0人");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        OrgUnit moved = ts.services().orgs().loadTree().get(street.branch2.id());
        assertThat(ts.services().orgs().loadTree().get(moved.parentId()).fullName()).isEqualTo("阳光社区党总支");
        assertThat(treeTexts(robot)).contains("阳光社区党总支 · 党总支 · 1人");
    }

    @Test
    void draggingABranchOntoAnotherBranch_isRefusedWithTheReason(FxRobot robot) {
        robot.drag("阳光社区第二党支部 · 党支部 · 1人").dropTo(BRANCH1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(gui.dialogs.errors).containsExactly("该类型的党组织不能设在所选上级之下。");
        assertThat(ts.services().orgs().loadTree().get(street.branch2.id()).parentId())
                .isEqualTo(street.community.id());
    }

    @Test
    void refusedMove_explainsWhy(FxRobot robot) {
        robot.interact(() -> vm.move(street.community.id(), street.branch1.id()));
        assertThat(gui.dialogs.errors).containsExactly("不能移到自身或其下级组织之下。");
    }

    @Test
    void placeTab_addsAFirstLevelGridToTheSelectedCommunity(FxRobot robot) {
        robot.clickOn("网格 / 小区 / 楼栋");
        robot.clickOn("中共阳光社区委员会");
        gui.dialogs.textAnswers.add("东区网格");
        robot.clickOn("#addGrid");
        assertThat(robot.lookup("东区网格 · 一级网格").tryQuery()).isPresent();
        assertThat(ts.services().orgs().places().loadPlaces()).singleElement()
                .satisfies(p -> assertThat(p.gridLevel()).isEqualTo(1));
        assertThat(robot.lookup("#addBuilding").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(PlaceService.MAX_GRID_LEVEL).isEqualTo(3);
    }
}
