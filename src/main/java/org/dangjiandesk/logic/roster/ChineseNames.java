package org.dangjiandesk.logic.roster;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjiandesk.model.NameKeys;

/**
 * Derives search and sort keys from Chinese names: pinyin initials and full pinyin for search (ICU), and a key in
 * 姓氏笔画 order (stroke count, then 笔顺), as official name lists are sorted (see {@link StrokeOrder}).
 *
 * <p>ICU's transliterator is slow per call, so readings are cached per character. Surnames with a special
 * reading (单 Shàn, 曾 Zēng, 解 Xiè …) are read as surnames when they stand first.
 */
public final class ChineseNames {

    /** Surname readings that differ from the character's most common reading (姓氏多音字). */
    private static final Map<Character, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry('单', "shan"), Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('区', "ou"),
            Map.entry('仇', "qiu"), Map.entry('朴', "piao"), Map.entry('查', "zha"), Map.entry('盖', "ge"),
            Map.entry('缪', "miao"), Map.entry('翟', "zhai"), Map.entry('覃', "qin"), Map.entry('种', "chong"),
            Map.entry('召', "shao"), Map.entry('秘', "bi"), Map.entry('繁', "po"), Map.entry('乐', "yue"),
            Map.entry('尉', "yu"), Map.entry('员', "yun"), Map.entry('贲', "ben"), Map.entry('句', "gou"),
            Map.entry('沈', "shen"), Map.entry('柏', "bai"), Map.entry('葛', "ge"), Map.entry('任', "ren"));

    private final Map<Character, String> readings = new ConcurrentHashMap<>();
    /** Built on first use: ICU's transliterator and the stroke data take seconds to load, and start-up needs neither. */
    private volatile Transliterator toLatin;
    private volatile StrokeOrder strokeOrder;

    public NameKeys keysFor(String name) {
        String trimmed = name == null ? "" : name.strip();
        StringBuilder initials = new StringBuilder();
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            String reading = i == 0 && SURNAME_READINGS.containsKey(c) ? SURNAME_READINGS.get(c) : readingOf(c);
            if (reading.isEmpty()) {
                continue;
            }
            initials.append(reading.charAt(0));
            full.append(reading);
        }
        return new NameKeys(initials.toString(), full.toString(), strokeKey(trimmed));
    }

    /** Lower-case pinyin of one character without tone; letters and digits stand for themselves. */
    String readingOf(char c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
        }
        return readings.computeIfAbsent(c, ch -> {
            String latin;
            Transliterator t = transliterator();
            synchronized (t) { // ICU does not document transliterators as thread-safe
                latin = t.transliterate(String.valueOf(ch));
            }
            StringBuilder sb = new StringBuilder(latin.length());
            for (char l : latin.toCharArray()) {
                if (l >= 'a' && l <= 'z') {
                    sb.append(l);
                }
            }
            return sb.toString();
        });
    }

    /**
     * A string whose natural order is the 姓氏笔画 order of the names; at most {@link StrokeOrder#MAX_KEY_LENGTH}
     * characters. Equal names get equal keys (the roster breaks ties by id).
     */
    public String strokeKey(String name) {
        return strokeOrder().sortKey(name == null ? "" : name.strip());
    }

    private Transliterator transliterator() {
        Transliterator t = toLatin;
        if (t == null) {
            synchronized (this) {
                if (toLatin == null) {
                    toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
                }
                t = toLatin;
            }
        }
        return t;
    }

    private StrokeOrder strokeOrder() {
        StrokeOrder s = strokeOrder;
        if (s == null) {
            synchronized (this) {
                if (strokeOrder == null) {
                    strokeOrder = new StrokeOrder();
                }
                s = strokeOrder;
            }
        }
        return s;
    }
}
