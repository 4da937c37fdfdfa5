package org.dangjiandesk.logic.security;

import java.util.regex.Pattern;

/**
 * Removes what may be personal data from a log line before it is written. Our own log calls name ids and counts
 * only, but an exception's message can carry the values of the statement that failed (H2 quotes them: "Value too
 * long for column FULL_NAME: '张建国…'", a unique key's "VALUES ('110101…')"), and a path can carry a name.
 * So every quoted literal, every number shaped like a resident ID number or a mobile phone, and every run of
 * Chinese characters inside quotes is replaced before the line reaches the log file.
 */
public final class LogScrubber {
    /** A single- or double-quoted literal, up to the next quote on the same line. */
    private static final Pattern QUOTED = Pattern.compile("'[^'\\r\\n]*'|\"[^\"\\r\\n]*\"");
    /** 18-character (17 digits and a check character) and 15-digit resident ID numbers. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    /** Mainland mobile numbers, also with spaces or dashes after the third and seventh digit. */
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)");
    /** Chinese characters (a name, an address) outside quotes. */
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]+");

    static final String QUOTED_MASK = "'…'";
    static final String ID_MASK = "[ID]";
    static final String PHONE_MASK = "[phone]";
    static final String HAN_MASK = "[汉字]";

    private LogScrubber() {
    }

    /** The text with quoted literals, ID numbers, mobile numbers and Chinese text replaced; null stays null. */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = QUOTED.matcher(text).replaceAll(QUOTED_MASK);
        s = ID_NUMBER.matcher(s).replaceAll(ID_MASK);
        s = MOBILE.matcher(s).replaceAll(PHONE_MASK);
        return HAN.matcher(s).replaceAll(HAN_MASK);
    }
}
