package org.tpidoc.note;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.Coded;

/**
 * The words of a document, from a message bundle under {@code org/tpidoc/note/} (UTF-8 properties).
 * Every message is a {@link MessageFormat} pattern, so a literal apostrophe is written {@code ''}.
 *
 * <p>Bundles are looked up without falling back to the JVM's default locale: a language we do not
 * ship gets the base bundle (English), whatever the machine's locale. The chain (base, language,
 * language and country) is built here because {@code ResourceBundle.getBundle} with a {@code
 * ResourceBundle.Control} is not supported in a named module. Immutable and thread-safe.
 */
final class Messages {

    private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

    /** Base name of the procedure note's bundle (English only). */
    static final String NOTE = "org.tpidoc.note.note";
    /** Base name of the aftercare handout's bundle (English base, Spanish {@code _es}). */
    static final String HANDOUT = "org.tpidoc.note.handout";
    /** The languages the handout's bundle is written in: its base (English) and each {@code handout_xx}. */
    static final List<Locale> HANDOUT_LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

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
        Objects.requireNonNull(locale, "locale");
        List<String> names = new ArrayList<>(List.of(baseName));
        if (!locale.getLanguage().isEmpty()) {
            names.add(baseName + "_" + locale.getLanguage());
            if (!locale.getCountry().isEmpty()) {
                names.add(baseName + "_" + locale.getLanguage() + "_" + locale.getCountry());
            }
        }
        ResourceBundle bundle = null;
        for (String name : names) {
            ResourceBundle parent = bundle;
            bundle = BUNDLES.computeIfAbsent(name, n -> Bundle.read(n, parent)).orElse(parent);
        }
        return new Messages(Objects.requireNonNull(bundle, baseName));
    }

    /** A properties bundle read as UTF-8 from this module, with a parent to fall back to. */
    private static final class Bundle extends PropertyResourceBundle {

        private Bundle(InputStreamReader reader, @Nullable ResourceBundle parent) throws IOException {
            super(reader);
            setParent(parent);
        }

        /** The bundle {@code name} (e.g. {@code org.tpidoc.note.handout_es}), if this module has it. */
        static Optional<ResourceBundle> read(String name, @Nullable ResourceBundle parent) {
            String resource = "/" + name.replace('.', '/') + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read message bundle " + resource, e);
            }
        }
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
