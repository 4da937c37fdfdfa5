package org.dangjiandesk.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.Test;

class AppDataTest {

    @Test
    void replaceEntry_ofARenamedMember_movesItToWhereTheNewNameSorts() {
        try (TestServices ts = new TestServices()) {
            TestStreet street = TestStreet.create(ts.services());
            GuiTestContext gui = new GuiTestContext(ts.services());
            gui.ctx.data().loadAll(() -> { });
            assertThat(gui.ctx.data().roster()).extracting(RosterEntry::name)
                    .containsExactly("王秀英", "李芳", "张建国"); // 王 4 strokes; 李 and 张 7, 李 starts with 横

            ts.services().roster().update(street.wangXiuying.toBuilder().name("颜秀英").build()); // 颜 15 strokes
            gui.ctx.data().replaceEntry(ts.services().roster().entry(street.wangXiuying.id()).orElseThrow());

            assertThat(gui.ctx.data().roster()).extracting(RosterEntry::name)
                    .containsExactly("李芳", "张建国", "颜秀英");
        }
    }
}
