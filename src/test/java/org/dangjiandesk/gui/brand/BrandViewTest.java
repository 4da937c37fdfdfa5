package org.dangjiandesk.gui.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.dangjiandesk.gui.member.OrgOption;
import org.dangjiandesk.gui.util.Styles;
import org.dangjiandesk.logic.brand.ProjectRow;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.ProgressEntry;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BrandViewTest {
    @TempDir Path files;
    private TestServices ts;
    private GuiTestContext gui;
    private TestStreet street;

    @Start
    void start(Stage stage) {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
        BrandView view = new BrandView(new BrandViewModel(gui.ctx));
        stage.setScene(Styles.styled(new Scene(view.load(), 1240, 780)));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void aProject_goesFromApplicationToApproval_andLogsProgressWithAPhoto(FxRobot robot) throws Exception {
        // 申报: fill the application form and submit it
        robot.clickOn("#newProject");
        robot.clickOn("#projectName").write("邻里议事厅");
        select(robot, "#projectOrg", street.branch1.id());
        robot.clickOn("#plannedPeople").write("200");
        robot.clickOn("#plannedFunds").write("8000");
        robot.clickOn("#projectBudget").write("10000");
        robot.clickOn("#saveProject");

        assertThat(gui.dialogs.errors).isEmpty();
        assertThat(rows(robot)).singleElement().satisfies(r -> {
            assertThat(r.project().name()).isEqualTo("邻里议事厅");
            assertThat(r.project().status()).isEqualTo(BrandStatus.APPLIED);
        });
        assertThat(text(robot, "#projectStatus")).isEqualTo("当前状态：申报");

        // 立项: the next step offered first, decided by the street's 党工委 (the first organisation)
        @SuppressWarnings("unchecked")
        ComboBox<org.dangjiandesk.gui.util.Choice<BrandStatus>> next = robot.lookup("#nextStatus").queryAs(ComboBox.class);
        assertThat(next.getItems()).extracting(c -> c.label()).containsExactly("立项", "不予立项");
        robot.clickOn("#stepNote").write("街道党工委会议同意立项");
        robot.clickOn("#applyStep");

        assertThat(gui.dialogs.errors).isEmpty();
        assertThat(text(robot, "#projectStatus")).isEqualTo("当前状态：立项");
        assertThat(next.getItems()).extracting(c -> c.label()).containsExactly("实施中", "终止");
        @SuppressWarnings("unchecked")
        ListView<String> steps = robot.lookup("#stepList").queryAs(ListView.class);
        assertThat(steps.getItems()).hasSize(2);
        assertThat(steps.getItems().get(1)).contains("立项", "幸福街道", "街道党工委会议同意立项");
        assertThat(rows(robot).get(0).project().status()).isEqualTo(BrandStatus.APPROVED);

        // progress with a photo: typed path + Enter puts it on the list, 记录进展 saves entry and copy
        Path photo = photo(files.resolve("meeting.png"));
        scrollDetailToBottom(robot);
        robot.clickOn("#progressText").write("召开第一次邻里议事会");
        robot.clickOn("#addActivities").write("1");
        robot.clickOn("#addPeople").write("35");
        robot.interact(() -> robot.lookup("#attachmentPath").queryTextInputControl().setText(photo.toString()));
        robot.clickOn("#attachmentPath").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#pending-meeting_png").tryQuery()).isPresent();
        robot.clickOn("#logProgress");

        assertThat(gui.dialogs.errors).isEmpty();
        long id = rows(robot).get(0).project().id();
        List<ProgressEntry> log = ts.services().brand().projects().progress(id);
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("召开第一次邻里议事会");
            assertThat(e.added().peopleServed()).isEqualTo(35);
            assertThat(e.attachments()).singleElement().satisfies(a ->
                    assertThat(Files.readAllBytes(ts.services().brand().projects().file(a)))
                            .isEqualTo(Files.readAllBytes(photo)));
        });
        assertThat(text(robot, "#actualLine")).contains("活动 1 / 0 次", "服务 35 / 200 人次");
        VBox thumb = robot.lookup("#thumb-meeting_png").queryAs(VBox.class);
        ImageView image = (ImageView) thumb.getChildren().get(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> image.getImage().getProgress() >= 1.0);
        assertThat(image.getImage().isError()).isFalse();
        assertThat(image.getImage().getWidth()).isEqualTo(96.0); // scaled to a thumbnail, 160×120 → 96×72
        assertThat(robot.lookup("#pending-meeting_png").tryQuery()).isEmpty();
        BrandProject stored = ts.services().brand().projects().project(id);
        assertThat(stored.status()).isEqualTo(BrandStatus.APPROVED);
    }

    @Test
    void aFileThatIsNotWhatItsNameSays_isRefusedBeforeItIsListed(FxRobot robot) throws Exception {
        var brand = ts.services().brand().projects();
        long id = brand.apply(org.dangjiandesk.logic.brand.BrandProjects.draft("红色物业", street.branch2.id(), null),
                TestServices.TODAY, null).id();
        brand.move(id, BrandStatus.APPROVED, TestServices.TODAY, street.street.id(), null);
        @SuppressWarnings("unchecked")
        ComboBox<org.dangjiandesk.gui.util.Choice<Integer>> year = robot.lookup("#brandYearFilter").queryAs(ComboBox.class);
        robot.interact(() -> year.getSelectionModel().select(0)); // 全部年度: reloads the board
        assertThat(robot.lookup("#board-APPROVED").lookup(".board-count").queryAs(Label.class).getText()).isEqualTo("1");
        robot.clickOn("红色物业");
        Path fake = Files.write(files.resolve("photo.jpg"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        scrollDetailToBottom(robot);
        robot.interact(() -> robot.lookup("#attachmentPath").queryTextInputControl().setText(fake.toString()));
        robot.clickOn("#addAttachment");

        assertThat(gui.dialogs.errors).containsExactly("附件「photo.jpg」的内容与扩展名不符（可能被改过扩展名），未添加。");
        assertThat(robot.lookup("#pending-photo_jpg").tryQuery()).isEmpty();
    }

    /** As a user would scroll down to the progress form. */
    private static void scrollDetailToBottom(FxRobot robot) {
        robot.interact(() -> robot.lookup("#detailScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
    }

    private static Path photo(Path file) throws Exception {
        BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 160; x++) {
            for (int y = 0; y < 120; y++) {
                img.setRGB(x, y, x < 80 ? 0xB3261E : 0xF6F1EA);
            }
        }
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, String id, long orgId) {
        ComboBox<OrgOption> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.clickOn(id);
        robot.interact(() -> {
            combo.getSelectionModel().select(OrgOption.find(combo.getItems(), orgId));
            combo.hide();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<ProjectRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#brandTable").queryAs(TableView.class).getItems());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
