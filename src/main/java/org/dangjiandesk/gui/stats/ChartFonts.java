package org.dangjiandesk.gui.stats;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The font charts draw Chinese text with: the first installed of the usual CJK families (Linux, then Windows),
 * falling back to the logical SansSerif font (which shows boxes where no CJK font backs it).
 */
final class ChartFonts {
    static final List<String> PREFERRED = List.of("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei",
            "微软雅黑", "SimHei", "SimSun", "宋体", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC");
    private static volatile String family;

    private ChartFonts() {
    }

    static String family() {
        String f = family;
        if (f == null) {
            Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames()).collect(Collectors.toSet());
            f = PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
            family = f;
        }
        return f;
    }

    static Font of(int style, int size) {
        return new Font(family(), style, size);
    }
}
