package org.dangjiandesk.logic.roster;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 姓氏笔画 order as official name lists use it: characters by stroke count, then by their strokes in writing order
 * (笔顺) compared as 横 1 &lt; 竖 2 &lt; 撇 3 &lt; 点 4 &lt; 折 5, then by code point; names character by character.
 *
 * <p>Stroke orders come from {@code stroke-order.txt} beside this class (6,939 characters, all of GB2312; source and
 * license in its header). A Han character without data falls back to ICU's stroke count ({@code zh@collation=stroke})
 * and sorts after the characters with data of that count, by code point; one ICU does not know either sorts after
 * all Han characters. Other characters (Latin letters, the
 * middle dot of minority names) sort before all Han characters, by code point.
 *
 * <p>The key is a string of {@code [0-9a-z]} whose {@link String#compareTo} order is the list order, at most
 * {@link #MAX_KEY_LENGTH} characters. Each character becomes one segment:
 * <ul>
 * <li>with stroke data: the stroke count as one base-36 digit, the strokes packed two to a base-36 digit
 * (values 0–24, so never {@code 'z'}), then the code point as four base-36 digits;</li>
 * <li>Han without data (or with 35 strokes or more): the count digit ({@code 'z'} when 35 or more or unknown),
 * {@code 'z'}, then the code point;</li>
 * <li>not Han: {@code '0'}, then the (lower-cased) code point.</li>
 * </ul>
 * Equal count digits mean equal segment lengths up to the first differing digit, so concatenated segments compare
 * as the characters do. Segments are cached per code point.
 */
public final class StrokeOrder {
    /** The width of {@code party_member.name_sort_key}. */
    public static final int MAX_KEY_LENGTH = 400;

    private static final String DATA = "stroke-order.txt";
    private static final int CODE_POINT_DIGITS = 4; // 36^4 > 0x10FFFF
    private static final int MAX_COUNT = 35; // one base-36 digit; 'z' also marks "unknown"

    private final Map<Integer, String> strokes;
    /** Segments of BMP characters by code point, filled on first use (a racing fill computes the same string). */
    private final String[] bmpSegments = new String[Character.MAX_VALUE + 1];
    private final Map<Integer, String> supplementarySegments = new ConcurrentHashMap<>();
    private volatile IcuStrokes icu;

    public StrokeOrder() {
        this.strokes = load();
    }

    /** The sort key of a whole name (already trimmed by the caller or not: white space counts as a character). */
    public String sortKey(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder(name.length() * 10);
        for (int i = 0; i < name.length() && key.length() < MAX_KEY_LENGTH; ) {
            int cp = name.codePointAt(i);
            key.append(segmentOf(cp));
            i += Character.charCount(cp);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            key.setLength(MAX_KEY_LENGTH); // cutting keeps the order (a prefix never sorts after its string)
        }
        return key.toString();
    }

    /** The strokes of a character as digits 1–5 in writing order, or null when there is no data for it. */
    public String strokesOf(int codePoint) {
        return strokes.get(codePoint);
    }

    /** The stroke count: from the stroke data, else from ICU, else 0 (not a Han character or unknown). */
    public int strokeCount(int codePoint) {
        String s = strokes.get(codePoint);
        return s != null ? s.length() : icuStrokeCount(codePoint);
    }

    private String segmentOf(int cp) {
        if (cp > Character.MAX_VALUE) {
            return supplementarySegments.computeIfAbsent(cp, this::segment);
        }
        String seg = bmpSegments[cp];
        if (seg == null) {
            seg = segment(cp);
            bmpSegments[cp] = seg; // String is immutable, so publishing it without a lock is safe
        }
        return seg;
    }

    private String segment(int cp) {
        StringBuilder seg = new StringBuilder(12);
        String s = strokes.get(cp);
        if (s != null && s.length() < MAX_COUNT) {
            seg.append(digit(s.length()));
            for (int i = 0; i < s.length(); i += 2) {
                int first = s.charAt(i) - '1';
                int second = i + 1 < s.length() ? s.charAt(i + 1) - '1' : 0;
                seg.append(digit(first * 5 + second)); // 0–24; the length is fixed by the count
            }
        } else if (s != null || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            int count = s != null ? s.length() : icuStrokeCount(cp);
            seg.append(count <= 0 || count >= MAX_COUNT ? 'z' : digit(count)).append('z');
        } else {
            seg.append('0');
            cp = Character.toLowerCase(cp);
        }
        String code = Integer.toString(cp, 36);
        seg.append("0".repeat(CODE_POINT_DIGITS - code.length())).append(code);
        return seg.toString();
    }

    private static char digit(int value) {
        return Character.forDigit(value, 36);
    }

    /**
     * ICU's stroke count: the number in the label of the character's 姓氏笔画 index bucket ("7劃"), or 0 when ICU's
     * stroke collation does not know the character (it would put it in its last bucket, whatever its strokes).
     */
    private int icuStrokeCount(int cp) {
        IcuStrokes strokeIndex = icu;
        if (strokeIndex == null) {
            strokeIndex = new IcuStrokes();
            icu = strokeIndex;
        }
        return strokeIndex.count(cp);
    }

    /** ICU's 姓氏笔画 index, built on first need (it takes a moment). */
    private static final class IcuStrokes {
        private final ULocale locale = new ULocale("zh@collation=stroke");
        private final UnicodeSet known = ((RuleBasedCollator) Collator.getInstance(locale)).getTailoredSet().freeze();
        private final AlphabeticIndex.ImmutableIndex<Object> index =
                new AlphabeticIndex<>(locale).buildImmutableIndex();

        int count(int cp) {
            if (!known.contains(cp)) {
                return 0;
            }
            String label = index.getBucket(index.getBucketIndex(new String(Character.toChars(cp)))).getLabel();
            StringBuilder digits = new StringBuilder();
            for (char c : label.toCharArray()) {
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                }
            }
            return digits.length() == 0 ? 0 : Integer.parseInt(digits.toString());
        }
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> map = new HashMap<>(10_000);
        try (InputStream in = StrokeOrder.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DATA);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int cp = line.codePointAt(0);
                String digits = line.substring(Character.charCount(cp)).strip();
                if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '1' && c <= '5')) {
                    throw new IllegalStateException("bad line in " + DATA + ": " + line);
                }
                map.put(cp, digits);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
