package org.dangjiandesk.faults;

import java.time.LocalDate;
import org.dangjiandesk.testutil.TestStreet;

/** Distinct valid names and ID numbers for the n-th generated member (n up to a few million). */
final class Names {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕";

    private Names() {
    }

    static String name(int n) {
        return "" + SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.charAt((n / 7) % GIVEN.length())
                + GIVEN.charAt((n / 31) % GIVEN.length());
    }

    /** Born 1940–2000 (900 numbers a day), so every n gets its own number. */
    static String id(int n) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n / 900);
        return TestStreet.idNumber("320506", birth, n % 900 + 1);
    }
}
