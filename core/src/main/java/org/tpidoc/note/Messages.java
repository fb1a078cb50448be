package org.tpidoc.note;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.tpidoc.session.Coded;

/**
 * The words of a document, from a message bundle under {@code org/tpidoc/note/} (UTF-8 properties).
 * Every message is a {@link MessageFormat} pattern, so a literal apostrophe is written {@code ''}.
 *
 * <p>Bundles are looked up without falling back to the JVM's default locale: a language we do not
 * ship gets the base bundle (English), whatever the machine's locale. Immutable and thread-safe.
 */
final class Messages {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Base name of the procedure note's bundle (English only). */
    static final String NOTE = "org.tpidoc.note.note";
    /** Base name of the aftercare handout's bundle (English base, Spanish {@code _es}). */
    static final String HANDOUT = "org.tpidoc.note.handout";

    private final ResourceBundle bundle;
    private final Locale language;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.language = Locale.forLanguageTag(bundle.getString("language"));
    }

    /** The procedure note's words. */
    static Messages note() {
        return load(NOTE, Locale.ENGLISH);
    }

    /** The handout's words in {@code locale}, or in English when that language is not shipped. */
    static Messages handout(Locale locale) {
        return load(HANDOUT, locale);
    }

    private static Messages load(String baseName, Locale locale) {
        return new Messages(ResourceBundle.getBundle(
                baseName, Objects.requireNonNull(locale, "locale"), NO_DEFAULT_LOCALE_FALLBACK));
    }

    /** The language the bundle is written in (its {@code language} key). */
    Locale language() {
        return language;
    }

    /** The message {@code key} with {@code arguments} filled in. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }

    /** The words for a coded value: the message {@code prefix + "." + code}, e.g. {@code guidance.ultrasound}. */
    String words(String prefix, Coded value) {
        return text(prefix + "." + value.code());
    }

    /** Whether the bundle has the message {@code key}. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }
}
