package org.dangjiandesk.logic.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dangjiandesk.logic.rating.SheetPagination.Page;
import org.junit.jupiter.api.Test;

class SheetPaginationTest {

    @Test
    void split_noRows_givesOneEmptyPage() {
        assertThat(SheetPagination.split(0, 25)).containsExactly(new Page(1, 0, 0));
    }

    @Test
    void split_exactlyOnePage_givesOnePage() {
        assertThat(SheetPagination.split(25, 25)).containsExactly(new Page(1, 0, 25));
    }

    @Test
    void split_oneRowMoreThanAPage_putsItOnASecondPage() {
        assertThat(SheetPagination.split(26, 25)).containsExactly(new Page(1, 0, 25), new Page(2, 25, 26));
    }

    @Test
    void split_57Rows_givesThreePagesCoveringEveryRowOnce() {
        List<Page> pages = SheetPagination.split(57, 25);
        assertThat(pages).containsExactly(new Page(1, 0, 25), new Page(2, 25, 50), new Page(3, 50, 57));
        assertThat(pages.stream().mapToInt(Page::size).sum()).isEqualTo(57);
    }

    @Test
    void split_57RowsBlank_usesTheTallerBlankRows() {
        List<Page> pages = SheetPagination.split(57, SheetPagination.rowsPerPage(true));
        assertThat(pages).hasSize(4);
        assertThat(pages.get(3)).isEqualTo(new Page(4, 54, 57));
    }

    @Test
    void split_badArguments_areRefused() {
        assertThatThrownBy(() -> SheetPagination.split(-1, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SheetPagination.split(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
