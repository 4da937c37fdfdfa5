package org.dangjiandesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dangjiandesk.logic.roster.MemberField;
import org.dangjiandesk.logic.roster.RosterFlag;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.LeaveReason;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.OrgStatus;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.model.UnitSituation;
import org.dangjiandesk.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two bundles ({@code messages.properties}, Simplified Chinese, and {@code messages_en.properties}) hold the
 * same keys, none empty, and every key the code uses: {@code %key} in FXML, key literals in Java, enum labels and
 * the keys built from enum names. Each failure lists the keys concerned.
 */
class LocalizationTest {
    private static final Path BUNDLE_DIR = Path.of("src/main/resources/org/dangjiandesk/i18n");
    private static final Path JAVA_SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Literals that name a bundle key by their first segment. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:nav|status|common|dialog|validation|id\\.problem|event|org|member|error|startup|app|cli|setup"
                    + "|roster|enum|usage)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    /** Any dotted literal handed to a get/getString/label-style lookup, whatever its first segment. */
    private static final Pattern LOOKUP_CALL = Pattern.compile(
            "\\.(?:get|getString|text|label|format)\\(\\s*\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\\s*\"%([^\"]+)\"");
    // picocli keys of hyphenated commands (dangjiandesk.migrate-to.usage.description) have a hyphen in a segment
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(Sex.class, MemberCategory.class,
            PartyStatus.class, RosterState.class, LeaveReason.class, OrgStatus.class, UnitSituation.class,
            PlaceKind.class, OrgType.class, EventType.class, AgeBand.class, RosterFlag.class);

    private static Bundle chinese;
    private static Bundle english;

    /** A bundle file as loaded, with the keys that occur more than once (the later one silently wins). */
    private record Bundle(String file, Map<String, String> entries, Set<String> duplicates) {
        static Bundle load(String file) {
            Map<String, String> entries = new TreeMap<>();
            Set<String> duplicates = new TreeSet<>();
            Properties p = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    if (entries.put((String) key, (String) value) != null) {
                        duplicates.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (Reader r = Files.newBufferedReader(BUNDLE_DIR.resolve(file), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Bundle(file, entries, duplicates);
        }

        Set<String> missing(Set<String> keys) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(entries.keySet());
            return missing;
        }
    }

    @BeforeAll
    static void loadBundles() {
        chinese = Bundle.load("messages.properties");
        english = Bundle.load("messages_en.properties");
    }

    private static Stream<Bundle> bundles() {
        return Stream.of(chinese, english);
    }

    @Test
    void bothBundles_haveTheSameKeys() {
        assertThat(english.missing(chinese.entries().keySet())).as("keys in messages.properties only").isEmpty();
        assertThat(chinese.missing(english.entries().keySet())).as("keys in messages_en.properties only").isEmpty();
    }

    @Test
    void noValue_isEmpty() {
        bundles().forEach(b -> assertThat(b.entries().entrySet().stream()
                .filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList())
                .as("keys with an empty value in " + b.file()).isEmpty());
    }

    @Test
    void everyKey_isWellFormed_soAValueRunningOverALineIsCaught() {
        bundles().forEach(b -> assertThat(b.entries().keySet().stream()
                .filter(k -> !WELL_FORMED_KEY.matcher(k).matches()).toList())
                .as("malformed keys in " + b.file() + " (a value over several lines needs \\n, not a line break)")
                .isEmpty());
    }

    @Test
    void noKey_isDefinedTwice() {
        bundles().forEach(b -> assertThat(b.duplicates()).as("keys defined twice in " + b.file()).isEmpty());
    }

    @Test
    void bothTranslations_useTheSameArguments() {
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : chinese.entries().entrySet()) {
            String other = english.entries().get(e.getKey());
            if (other != null && !arguments(e.getValue()).equals(arguments(other))) {
                differing.add(e.getKey() + ": " + arguments(e.getValue()) + " vs " + arguments(other));
            }
        }
        assertThat(differing).as("keys whose {n} arguments differ between Chinese and English").isEmpty();
    }

    @Test
    void patternsWithArguments_areValidMessageFormats() {
        bundles().forEach(b -> {
            List<String> broken = new ArrayList<>();
            b.entries().forEach((key, value) -> {
                if (arguments(value).isEmpty()) {
                    return; // shown as is, MessageFormat never sees it
                }
                // a single quote starts a quoted section in MessageFormat and disappears: write '' for one
                if (value.replace("''", "").contains("'")) {
                    broken.add(key + " (single quote)");
                    return;
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException ex) {
                    broken.add(key + " (" + ex.getMessage() + ")");
                }
            });
            assertThat(broken).as("patterns MessageFormat would garble in " + b.file()).isEmpty();
        });
    }

    @Test
    void everyKeyUsedInFxml_isInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path fxml : files(RESOURCES, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).as("texts found in FXML files").isNotEmpty();
        assertBothBundlesHave(used, "used in FXML");
    }

    @Test
    void everyKeyLiteralInJava_isInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path java : files(JAVA_SOURCES, ".java")) {
            String source = Files.readString(java, StandardCharsets.UTF_8);
            for (Pattern p : List.of(KEY_LITERAL, LOOKUP_CALL)) {
                Matcher m = p.matcher(source);
                while (m.find()) {
                    if (!namesAJavaPackage(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("key literals found in the Java sources").contains("app.title", "validation.required");
        assertBothBundlesHave(used, "used in Java sources");
    }

    @Test
    void everyEnumLabel_isInBothBundles() {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        assertBothBundlesHave(keys, "enum labels");
    }

    @Test
    void everyKeyBuiltFromAnEnumName_isInBothBundles() {
        Set<String> keys = new TreeSet<>();
        for (IdNumber.Problem p : IdNumber.Problem.values()) {
            keys.add("id.problem." + p.name());
        }
        for (MemberField f : MemberField.values()) {
            keys.add(f.labelKey());
        }
        for (StoreException.Reason r : StoreException.Reason.values()) {
            keys.add("error.store." + r.name());
        }
        assertBothBundlesHave(keys, "built from enum names");
    }

    private static void assertBothBundlesHave(Set<String> keys, String what) {
        bundles().forEach(b -> assertThat(b.missing(keys)).as("keys " + what + " but missing from " + b.file())
                .isEmpty());
    }

    /** The argument numbers of a pattern: {0}, {1,number} … */
    private static Set<String> arguments(String value) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    /** "org.dangjiandesk.i18n.messages" is a bundle's name, not a key: its first two segments are a package. */
    private static boolean namesAJavaPackage(String literal) {
        String[] parts = literal.split("\\.");
        return parts.length > 2
                && LocalizationTest.class.getClassLoader().getResource(parts[0] + "/" + parts[1]) != null;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
