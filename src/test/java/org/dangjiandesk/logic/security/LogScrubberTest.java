package org.dangjiandesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogScrubberTest {

    @Test
    void valuesQuotedByTheDatabase_areRemoved() {
        String h2 = "Value too long for column \"FULL_NAME CHARACTER VARYING(40)\": \"'张建国张建国' (41)\"";
        assertThat(LogScrubber.scrub(h2)).doesNotContain("张建国").startsWith("Value too long for column");
        String unique = "Unique index or primary key violation: \"PUBLIC.UQ_MEMBER_ID_NUMBER ON PUBLIC.PARTY_MEMBER(ID_NUMBER)"
                + " VALUES ( /* 3 */ '11010519491231002X' )\"";
        assertThat(LogScrubber.scrub(unique)).doesNotContain("11010519491231002X").doesNotContain("1101051949");
    }

    @Test
    void idNumbersPhonesAndChineseText_outsideQuotes_areRemoved() {
        assertThat(LogScrubber.scrub("member 11010519491231002X saved")).isEqualTo("member [ID] saved");
        assertThat(LogScrubber.scrub("old id 110105491231002 here")).isEqualTo("old id [ID] here");
        assertThat(LogScrubber.scrub("call 13812345678 or 138 1234 5678 or 138-1234-5678"))
                .isEqualTo("call [phone] or [phone] or [phone]");
        assertThat(LogScrubber.scrub("cannot read /home/clerk/张建国花名册.xlsx"))
                .isEqualTo("cannot read /home/clerk/[汉字].xlsx");
    }

    @Test
    void whatTheLogNeeds_staysReadable() {
        String line = "startup 3634 ms: key unwrapped; imported 50000 rows into org 42 in 1732912345678 ns";
        assertThat(LogScrubber.scrub(line)).isEqualTo(line);
        assertThat(LogScrubber.scrub(null)).isNull();
    }
}
