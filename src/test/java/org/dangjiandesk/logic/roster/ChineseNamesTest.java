package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dangjiandesk.model.NameKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNamesTest {
    private static final ChineseNames NAMES = new ChineseNames();

    private static List<String> sortedByStrokes(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(Comparator.comparing(NAMES::strokeKey));
        return list;
    }

    @Test
    void strokeOrder_sortsByStrokeCountThenByStrokesInWritingOrder() {
        // 王 4 strokes; 李 7 strokes starting 横; 张 7 strokes starting 折
        assertThat(sortedByStrokes("张三", "李四", "王五")).containsExactly("王五", "李四", "张三");
    }

    @Test
    void strokeOrder_putsFewerStrokesFirst() {
        assertThat(sortedByStrokes("王一", "丁一")).containsExactly("丁一", "王一"); // 丁 2 < 王 4
    }

    @Test
    void strokeOrder_comparesLaterStrokesWhenTheFirstAreEqual() {
        // 7 strokes each: 吴 2511134 < 何 3212512 < 宋 4451234 < 张 5153154
        assertThat(sortedByStrokes("张伟", "宋伟", "吴伟", "何伟")).containsExactly("吴伟", "何伟", "宋伟", "张伟");
        // 李 1234521 and 杨 1234533 share five strokes
        assertThat(sortedByStrokes("杨明", "李明")).containsExactly("李明", "杨明");
    }

    @Test
    void strokeOrder_ofTheSameSurname_goesByTheGivenName() {
        assertThat(sortedByStrokes("张建国", "张三", "张丁", "张")).containsExactly("张", "张丁", "张三", "张建国");
    }

    @Test
    void strokeOrder_keepsCharactersWithTheSameStrokesApartAndTogether() {
        // 己 已 巳 are all 515: still grouped by character, not mixed by the given name
        List<String> sorted = sortedByStrokes("已乙", "己丁", "已丁", "己乙");
        assertThat(sorted.subList(0, 2)).allMatch(n -> n.charAt(0) == sorted.get(0).charAt(0));
        assertThat(NAMES.strokeKey("己")).isNotEqualTo(NAMES.strokeKey("已"));
    }

    @Test
    void strokeOrder_ofCompoundSurnames_goesCharacterByCharacter() {
        // 欧 8 strokes, 阳 6: 欧阳 sorts among the 8-stroke surnames, after 林 (8, 1234...) and before 赵 (9)
        assertThat(sortedByStrokes("赵敏", "欧阳修", "林立", "欧明", "王欧阳"))
                .containsExactly("王欧阳", "林立", "欧阳修", "欧明", "赵敏"); // 阳 6 < 明 8
    }

    @Test
    void strokeOrder_ofANonChineseName_doesNotFailAndSortsBeforeChineseNames() {
        String uyghur = "阿依古丽·买买提";
        assertThat(NAMES.strokeKey(uyghur)).isNotEmpty();
        assertThat(NAMES.keysFor(uyghur).pinyinInitials()).isEqualTo("aygl" + "mmt");
        assertThat(sortedByStrokes("王五", "Smith", uyghur)).containsExactly("Smith", "王五", uyghur);
    }

    @Test
    void strokeKey_usesOnlyDigitsAndLowerCaseLetters() {
        assertThat(NAMES.strokeKey("欧阳 Smith·𠀀龘")).matches("[0-9a-z]+");
    }

    @Test
    void strokeKey_ofAVeryLongName_fitsTheColumn() {
        String longName = "齉".repeat(30) + "张".repeat(30);
        assertThat(NAMES.strokeKey(longName)).hasSizeLessThanOrEqualTo(StrokeOrder.MAX_KEY_LENGTH);
        assertThat(NAMES.strokeKey("张".repeat(50))).hasSizeLessThanOrEqualTo(StrokeOrder.MAX_KEY_LENGTH);
    }

    @Test
    void strokeKey_ignoresSurroundingSpaceAndToleratesNull() {
        assertThat(NAMES.strokeKey("  李芳 ")).isEqualTo(NAMES.strokeKey("李芳"));
        assertThat(NAMES.strokeKey(null)).isEmpty();
    }

    @Test
    void strokeKey_ofACharacterWithoutStrokeData_fallsBackToIcuStrokeCountAfterTheKnownOnes() {
        StrokeOrder strokes = new StrokeOrder();
        String rare = "淏"; // hào, 11 strokes, a given-name character outside GB2312 and the data
        assertThat(strokes.strokesOf(rare.codePointAt(0))).isNull();
        assertThat(strokes.strokeCount(rare.codePointAt(0))).isEqualTo(11);
        // 11 strokes: after 黄 (11, with data), before 曾 (12)
        assertThat(sortedByStrokes("曾", rare, "黄")).containsExactly("黄", rare, "曾");
    }

    @Test
    void strokeKey_ofACharacterIcuDoesNotKnowEither_sortsAfterAllOthers() {
        StrokeOrder strokes = new StrokeOrder();
        String unknown = "𠀀"; // U+20000, CJK Extension B
        assertThat(strokes.strokeCount(unknown.codePointAt(0))).isZero();
        assertThat(sortedByStrokes(unknown, "齉", "王")).containsExactly("王", "齉", unknown);
    }

    @Test
    void strokeData_coversTheCommonCharacters() {
        StrokeOrder strokes = new StrokeOrder();
        assertThat(strokes.strokesOf('王')).isEqualTo("1121");
        assertThat(strokes.strokesOf('李')).isEqualTo("1234521");
        assertThat(strokes.strokesOf('张')).isEqualTo("5153154");
        assertThat(strokes.strokesOf('丁')).isEqualTo("12");
        java.nio.charset.Charset gb2312 = java.nio.charset.Charset.forName("GB2312");
        List<Character> missing = new ArrayList<>();
        for (int hi = 0xB0; hi <= 0xD7; hi++) { // GB2312 level 1: rows 16-55
            for (int lo = 0xA1; lo <= (hi == 0xD7 ? 0xF9 : 0xFE); lo++) {
                char c = new String(new byte[] {(byte) hi, (byte) lo}, gb2312).charAt(0);
                if (strokes.strokesOf(c) == null) {
                    missing.add(c);
                }
            }
        }
        assertThat(missing).as("GB2312 level-1 characters without stroke data").isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({
            "张建国, zjg, zhangjianguo",
            "单田芳, stf, shantianfang",
            "曾, z, zeng",
            "曾国藩, zgf, zengguofan",
            "李芳, lf, lifang",
            "欧阳修, oyx, ouyangxiu",
    })
    void pinyin_readsSurnamesAsSurnames(String name, String initials, String full) {
        NameKeys keys = NAMES.keysFor(name);
        assertThat(keys.pinyinInitials()).isEqualTo(initials);
        assertThat(keys.pinyinFull()).isEqualTo(full);
    }

    @Test
    void pinyin_readsASurnameCharacterInsideTheGivenNameNormally() {
        assertThat(NAMES.keysFor("张单").pinyinFull()).isEqualTo("zhangdan");
    }

    @Test
    void strokeKeys_for100000Names_takeWellUnderASecondWhenWarm() {
        String surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
        String given = "建国芳秀英明华伟强军平勇杰娟敏静丽燕玲红霞";
        List<String> names = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            names.add("" + surnames.charAt(i % surnames.length()) + given.charAt(i * 7 % given.length())
                    + given.charAt(i * 13 % given.length()));
        }
        ChineseNames fresh = new ChineseNames();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            names.forEach(fresh::strokeKey); // fills the per-character cache, lets the JIT compile
        }
        long millis = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) { // best of five: the build machine is shared
            long start = System.nanoTime();
            for (String n : names) {
                fresh.strokeKey(n);
            }
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(millis).as("ms for 100,000 keys").isLessThan(500);
    }
}
