package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjiandesk.model.IdNumber;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumber_keepsFirstAndLastFour_likeIdNumberMasked() {
        assertThat(Masking.idNumber("32020219800101123X")).isEqualTo("3202**********123X");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo(IdNumber.parse("11010519491231002X").masked());
        assertThat(Masking.idNumber("320202800101123")).isEqualTo("3202*******1123");
        assertThat(Masking.idNumber(null)).isEmpty();
    }

    @Test
    void phone_keepsThePrefixAndTheLastFourDigits() {
        assertThat(Masking.phone("13912345678")).isEqualTo("139****5678");
        assertThat(Masking.phone("0512-66881234")).isEqualTo("0512-****1234");
        assertThat(Masking.phone("66881234")).isEqualTo("668*1234");
        assertThat(Masking.phone("123")).isEqualTo("***");
        assertThat(Masking.phone(null)).isEmpty();
    }
}
