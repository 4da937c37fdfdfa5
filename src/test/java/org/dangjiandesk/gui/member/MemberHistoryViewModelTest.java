package org.dangjiandesk.gui.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;

class MemberHistoryViewModelTest {

    @Test
    void history_isNewestFirst_withItsParticulars() {
        try (TestServices ts = new TestServices()) {
            TestStreet street = TestStreet.create(ts.services());
            GuiTestContext gui = new GuiTestContext(ts.services());
            gui.ctx.data().loadAll(() -> { });
            long id = street.zhangJianguo.id();
            ts.services().roster().recordEvent(new MemberEvent(null, id, EventType.MOVED, LocalDate.of(2020, 5, 1),
                    "搬家", "阳社〔2020〕3号", null, street.branch2.id(), null, null, null, null));
            ts.services().roster().recordEvent(new MemberEvent(null, id, EventType.FLOATING_OUT,
                    LocalDate.of(2024, 3, 1), null, null, null, null, "广东省深圳市", null, null, null));
            MemberHistoryViewModel vm = new MemberHistoryViewModel(gui.ctx);

            vm.load(id);

            assertThat(vm.items()).extracting(MemberHistoryViewModel.Item::title)
                    .containsExactly("外出流动", "调整所在党组织", "入党（录入）");
            assertThat(vm.items().get(0).details()).containsExactly("外出流向：广东省深圳市");
            assertThat(vm.items().get(1).details()).containsExactly(
                    "中共阳光社区委员会 / 阳光社区第一党支部 → 中共阳光社区委员会 / 阳光社区第二党支部",
                    "文号/介绍信：阳社〔2020〕3号", "原因：搬家");
            assertThat(vm.items().get(2).date()).isEqualTo(LocalDate.of(1990, 7, 1));
        }
    }
}
