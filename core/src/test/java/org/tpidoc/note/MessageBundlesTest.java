package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.session.Coded;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Needling;
import org.tpidoc.session.Position;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.Technique;
import org.tpidoc.session.Tolerance;
import org.tpidoc.session.TwitchResponse;
import org.tpidoc.validation.Severity;

/** The message bundles under {@code org/tpidoc/note/}, read as the UTF-8 files they are. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void theHandoutLanguagesAreTheLanguagesOfTheShippedBundles() throws IOException {
        List<String> shipped;
        try (var files = Files.list(Path.of("src/main/resources/org/tpidoc/note"))) {
            shipped = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("handout(_\\w+)?\\.properties"))
                    .map(name -> load(name).getProperty("language"))
                    .sorted()
                    .toList();
        }

        assertThat(AftercareHandout.languages().stream()
                        .map(Locale::toLanguageTag)
                        .sorted())
                .containsExactlyElementsOf(shipped);
        for (Locale language : AftercareHandout.languages()) {
            assertThat(Messages.handout(language).language()).isEqualTo(language);
        }
    }

    @Test
    void spanishHandoutHasEveryEnglishKeyAndNoOther() {
        Properties english = load("handout.properties");
        Properties spanish = load("handout_es.properties");

        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void spanishHandoutFillsTheSamePlaceholdersAsEnglish() {
        Properties english = load("handout.properties");
        Properties spanish = load("handout_es.properties");

        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(spanish.getProperty(key)))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void bundlesDeclareTheirLanguage() {
        assertThat(load("handout.properties").getProperty("language")).isEqualTo("en");
        assertThat(load("handout_es.properties").getProperty("language")).isEqualTo("es");
        assertThat(load("note.properties").getProperty("language")).isEqualTo("en");
    }

    @Test
    void spanishIsReadAsUtf8() {
        assertThat(Messages.handout(java.util.Locale.forLanguageTag("es")).text("section.warning-signs"))
                .isEqualTo("Cuándo pedir ayuda");
    }

    @ParameterizedTest
    @ValueSource(strings = {"handout.properties", "handout_es.properties", "note.properties"})
    void everyMessageIsAValidPatternWithApostrophesDoubled(String file) {
        Properties messages = load(file);

        for (String key : messages.stringPropertyNames()) {
            String value = messages.getProperty(key);
            assertThat(value).as(key).isNotBlank();
            assertThat(value.replace("''", ""))
                    .as("%s has a single apostrophe (write '')", key)
                    .doesNotContain("'");
            new java.text.MessageFormat(value); // throws on a malformed pattern
        }
    }

    @Test
    void everyBuiltInMuscleHasAPlainName() {
        Set<String> keys = load("handout.properties").stringPropertyNames();

        assertThat(Catalog.builtIn().muscles()).extracting(Muscle::slug).allSatisfy(slug -> assertThat(keys)
                .contains("muscle." + slug));
    }

    @Test
    void everyCodedValueTheNoteShowsHasWords() {
        Set<String> keys = load("note.properties").stringPropertyNames();
        Map<String, List<? extends Coded>> shown = Map.ofEntries(
                Map.entry("status", List.of(SessionStatus.values())),
                Map.entry("technique", List.of(Technique.values())),
                Map.entry("title", List.of(Technique.values())),
                Map.entry("needling", List.of(Needling.values())),
                Map.entry("guidance", List.of(Guidance.values())),
                Map.entry("skin-preparation", List.of(SkinPreparation.values())),
                Map.entry("consent-method", List.of(ConsentMethod.values())),
                Map.entry("consent-signer", List.of(ConsentSigner.values())),
                Map.entry("side", List.of(Laterality.values())),
                Map.entry("twitch", List.of(TwitchResponse.values())),
                Map.entry("tolerance", List.of(Tolerance.values())),
                Map.entry("position", List.of(Position.values())),
                Map.entry("severity", List.of(Severity.values())));

        shown.forEach(
                (prefix, values) -> values.forEach(value -> assertThat(keys).contains(prefix + "." + value.code())));
    }

    @Test
    void everyHandoutCodedValueHasWords() {
        Set<String> keys = load("handout.properties").stringPropertyNames();

        for (Technique technique : Technique.values()) {
            assertThat(keys)
                    .contains(
                            "title." + technique.code(),
                            "today." + technique.code(),
                            "today.no-sites." + technique.code(),
                            "today.aborted." + technique.code(),
                            "today.aborted.no-sites." + technique.code(),
                            "expect.more." + technique.code());
        }
        for (Laterality side : Laterality.values()) {
            assertThat(keys).contains("side." + side.code());
        }
    }

    private static Set<String> placeholders(String pattern) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/tpidoc/note/" + file)) {
            assertThat(in).as(file).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
