package org.dangjiandesk.logic.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every visible string comes from one bundle: {@code messages.properties} is Simplified Chinese (the default),
 * {@code messages_en.properties} English. Lookups never fall back to the JVM's default locale, so an English
 * Windows still shows the Chinese UI unless English is chosen.
 */
public final class Messages {
    public static final String BUNDLE = "org.dangjiandesk.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(bundleFor(locale));
    }

    public static Messages chinese() {
        return forLocale(CHINESE);
    }

    public static ResourceBundle bundleFor(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for a key, with {0}-style arguments filled in when given. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // dates and enum constants as people read them; MessageFormat knows neither
            shown[i] = args[i] instanceof Enum<?> e ? label(e) : args[i] instanceof java.time.temporal.TemporalAccessor
                    ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}
