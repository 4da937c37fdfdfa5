package org.dangjiandesk.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity number (公民身份号码) as defined by GB 11643-1999: a 6-digit area code, the birth date as
 * YYYYMMDD, a 3-digit sequence whose parity gives the sex (odd = male) and a check character.
 * Instances are always valid 18-character numbers with an upper-case X.
 */
public final class IdNumber {

    /** Why a text is not a valid 18-character identity number. */
    public enum Problem {
        EMPTY, WRONG_LENGTH, OLD_15_DIGITS, BAD_CHARACTERS, BAD_BIRTH_DATE, BIRTH_IN_FUTURE, BAD_CHECKSUM
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses a typed number: surrounding and inner spaces are dropped, full-width digits and x are folded. */
    public static IdNumber parse(String text) {
        String normalized = normalize(text);
        Optional<Problem> problem = check(normalized, LocalDate.MAX);
        if (problem.isPresent()) {
            throw new InvalidIdNumberException(problem.get());
        }
        return new IdNumber(normalized);
    }

    /** The problem with a text, judged on {@code today} (a birth date after it is a problem), or empty when valid. */
    public static Optional<Problem> problemOf(String text, LocalDate today) {
        return check(normalize(text), today);
    }

    public static boolean isValid(String text) {
        return problemOf(text, LocalDate.MAX).isEmpty();
    }

    /** Computes the check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** Folds full-width characters, removes white space and upper-cases x. Null becomes empty. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(18);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII block
            }
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            sb.append(c == 'x' ? 'X' : c);
        }
        return sb.toString();
    }

    private static Optional<Problem> check(String s, LocalDate today) {
        if (s.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (s.length() == 15 && s.chars().allMatch(Character::isDigit)) {
            return Optional.of(Problem.OLD_15_DIGITS);
        }
        if (s.length() != 18) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return Optional.of(Problem.BAD_CHARACTERS);
            }
        }
        char last = s.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Optional.of(Problem.BAD_CHARACTERS);
        }
        Optional<LocalDate> birth = birthDateOf(s);
        if (birth.isEmpty() || birth.get().getYear() < 1880) {
            return Optional.of(Problem.BAD_BIRTH_DATE);
        }
        if (birth.get().isAfter(today)) {
            return Optional.of(Problem.BIRTH_IN_FUTURE);
        }
        if (checkCharacter(s) != last) {
            return Optional.of(Problem.BAD_CHECKSUM);
        }
        return Optional.empty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<LocalDate> birthDateOf(String s) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** Odd sequence digit (the 17th character) = male. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String areaCode() {
        return value.substring(0, 6);
    }

    /** Masked for display: 3202**********123X (first 4 and last 4 kept). */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked(); // never leak a full number into logs by accident
    }
}
