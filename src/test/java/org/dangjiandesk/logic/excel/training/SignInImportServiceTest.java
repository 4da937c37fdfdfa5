package org.dangjiandesk.logic.excel.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.logic.excel.Workbooks;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInImportServiceTest {
    @TempDir
    Path dir;
    private TestServices ts;
    private TestStreet street;
    private SignInImportService signIn;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        signIn = ts.services().training().signIn();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void signInSheet_matchesNamesAndIdNumbers_andListsAnUnmatchedName() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("签到.xlsx"), List.of(
                List.of("2026年11月主题党日签到表"),
                List.of("序号", "姓名", "身份证号", "签名"),
                List.of(1, "张 建国", "", "张建国"),
                List.of(2, "", street.liFang.idNumber().toLowerCase(), ""),
                List.of(3, "赵无名", "", "赵无名"),
                List.of(4, "张建国", "", ""))); // signed twice: matched once

        SignInMatch m = signIn.match(file, null);

        assertThat(m.matched()).extracting(RosterEntry::name).containsExactly("张建国", "李芳");
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("赵无名");
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.kind()).isEqualTo(SignInProblem.Kind.UNMATCHED);
        });
        assertThat(m.linesRead()).isEqualTo(4);
    }

    @Test
    void sharedName_isAmbiguous_unlessOnlyOneIsInTheAudience() throws Exception {
        ts.services().roster().create(TestStreet.member("李芳", TestStreet.idNumber("320502", LocalDate.of(1970, 5, 6), 8),
                street.branch2.id(), MemberCategory.FULL, LocalDate.of(1995, 7, 1)), EventType.REGISTERED, null);
        Path file = Workbooks.xls(dir.resolve("签到.xls"), List.of(List.of("李芳"), List.of("王秀英")));

        SignInMatch anywhere = signIn.match(file, null);
        assertThat(anywhere.matched()).extracting(RosterEntry::name).containsExactly("王秀英");
        assertThat(anywhere.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SignInProblem.Kind.AMBIGUOUS);
            assertThat(p.candidates()).hasSize(2);
        });

        SignInMatch inBranch1 = signIn.match(file, java.util.Set.of(street.branch1.id()));
        assertThat(inBranch1.matched()).extracting(RosterEntry::id)
                .containsExactly(street.liFang.id(), street.wangXiuying.id());
        assertThat(inBranch1.problems()).isEmpty();
    }
}
