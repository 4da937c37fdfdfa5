package org.dangjiandesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second app on a data folder another process has open is refused with a Chinese message; nothing breaks. */
class SecondInstanceTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondInstance_isRefusedInChinese_andTheDataStaysIntact() throws Exception {
        Path dir = Lab.street(tmp.resolve("data"));
        try (ChildJvm first = ChildJvm.start(List.of(), "hold", dir.toString())) {
            first.await("OPEN", Duration.ofMinutes(2));

            assertThatThrownBy(() -> org.dangjiandesk.testutil.TestAccounts.open(dir))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StoreException.Reason.IN_USE);
                        assertThat(new ErrorTexts(Messages.chinese()).describe(e)).isEqualTo("数据库正被另一个程序使用。");
                    });
            // the window's start-up message names the folder and says what to do
            assertThat(Messages.chinese().get("startup.inUse", dir)).contains("不能同时打开两次").contains(dir.toString());
            first.kill();
        }
        assertThat(Lab.reopen(dir)).hasSize(Lab.STREET_MEMBERS);
    }
}
