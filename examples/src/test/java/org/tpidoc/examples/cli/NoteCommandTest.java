package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.json.SessionJson;
import org.tpidoc.note.AftercareHandout;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class NoteCommandTest {

    @TempDir
    Path dir;

    private final String neckShoulder =
            Cli.example("neck-shoulder-lidocaine-triamcinolone.json").toString();

    @Test
    void printsThePlainTextProcedureNote() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Trigger point injection\n=======================\n")
                .contains("Myalgia, other site (ICD-10-CM M79.18)")
                .doesNotContain("example-123");
    }

    @Test
    void printsTheNoteAsAFhirNarrativeDiv() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--format", "html");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\"")
                .contains("Trigger point injection");
    }

    @Test
    void printsTheAftercareHandoutInTheLanguageAsked() {
        Cli.Result english = Cli.run(dir, "note", "--in", neckShoulder, "--handout");
        Cli.Result spanish = Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--language", "es");

        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("911");
        assertThat(spanish.exitCode()).isZero();
        assertThat(spanish.out()).contains("911").isNotEqualTo(english.out());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | text | Call 112 right away if you have: | Call Riverside Pain Clinic at +44 20 7946 0000 if you have:",
                "en | html | <p><b>Call 112 right away if you have:</b></p> | <p><b>Call Riverside Pain Clinic at +44 20 7946 0000 if you have:</b></p>",
                "es | text | Llame al 112 de inmediato si tiene: | Llame a Riverside Pain Clinic al +44 20 7946 0000 si tiene:",
                "es | html | <p><b>Llame al 112 de inmediato si tiene:</b></p> | <p><b>Llame a Riverside Pain Clinic al +44 20 7946 0000 si tiene:</b></p>"
            })
    void printsTheEmergencyNumberAndTheClinicGiven(String language, String format, String emergency, String clinic) {
        Cli.Result result = Cli.run(
                dir,
                "note",
                "--in",
                neckShoulder,
                "--handout",
                "--language",
                language,
                "--format",
                format,
                "--emergency-number",
                "112",
                "--clinic-name",
                "Riverside Pain Clinic",
                "--clinic-phone",
                "+44 20 7946 0000");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(emergency, clinic).doesNotContain("911");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theHandoutSaysNineOneOneAndTheClinicWhenNoOptionIsGiven() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--handout");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\nCall 911 right away if you have:\n", "\nCall the clinic if you have:\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1", "1234567", "+112", "9-1-1"})
    void aBadEmergencyNumberIsAUsageError(String number) {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--emergency-number", number);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("Invalid value for option '--emergency-number'")
                .contains("2 to 6 digits (e.g. 911, 112, 999, 000)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "999", "112"})
    void acceptsTheEmergencyNumbersOfOtherCountries(String number) {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--emergency-number", number);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Call " + number + " right away if you have:");
    }

    @Test
    void aBadClinicPhoneIsAUsageError() {
        Cli.Result result =
                Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--clinic-phone", "call the front desk");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("Invalid value for option '--clinic-phone'");
    }

    @Test
    void handoutOptionsWithoutHandoutAreAUsageError() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--emergency-number", "112");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("apply to the handout: add --handout");
    }

    @Test
    void notesOfSeveralSessionsFollowEachOtherAndAnInvalidOneShowsItsOpenFindings() {
        String ndjson = SessionJson.standard().write(SampleSession.neckShoulder()) + "\n"
                + SessionJson.standard()
                        .write(SampleSession.neckShoulder().toBuilder()
                                .timeOut(null)
                                .build()) + "\n";

        Cli.Result result = Cli.withStdin(dir, ndjson, "note", "--in", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().split("Trigger point injection\n=+\n", -1)).hasSize(3);
        assertThat(result.out()).contains("time-out-missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "xx", "123"})
    void aLanguageTheHandoutIsNotWrittenInIsAUsageErrorThatListsTheLanguages(String language) {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--language", language);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("'--language': '" + language + "'")
                .contains(AftercareHandout.languages().stream()
                        .map(Locale::toLanguageTag)
                        .collect(Collectors.joining(", ")));
    }

    @ParameterizedTest
    @CsvSource({"es-MX, es", "en-GB, en", "ES, es"})
    void aRegionalLanguageTagGetsTheHandoutInItsLanguage(String tag, String language) {
        Cli.Result regional = Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--language", tag);
        Cli.Result plain = Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--language", language);

        assertThat(regional.exitCode()).isZero();
        assertThat(regional.out()).isEqualTo(plain.out());
    }

    @Test
    void helpListsTheHandoutLanguages() {
        Cli.Result result = Cli.run(dir, "note", "--help");

        assertThat(result.out()).contains("one of en, es");
    }

    @Test
    void aSingleSessionIsPrintedWithoutASessionRule() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder);

        assertThat(result.out()).doesNotContain("==== session");
    }

    @Test
    void textNotesOfSeveralSessionsAreEachUnderARuleNamingTheSession() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        Cli.Result result = Cli.withStdin(dir, sessions(ids), "note", "--in", "-");

        assertThat(result.exitCode()).isZero();
        List<String> rules = result.outLines().stream()
                .filter(line -> line.startsWith("==== session"))
                .toList();
        assertThat(rules)
                .containsExactlyElementsOf(
                        ids.stream().map(id -> "==== session " + id + " ====").toList());
        assertThat(result.out()).startsWith("==== session " + ids.get(0) + " ====\n\nTrigger point injection\n");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void htmlOfSeveralSessionsIsOneXhtmlDivWithADivPerSessionWithItsId(boolean handout) throws Exception {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<String> args = new ArrayList<>(List.of("note", "--in", "-", "--format", "html"));
        if (handout) {
            args.add("--handout");
        }

        Cli.Result result = Cli.withStdin(dir, sessions(ids), args.toArray(String[]::new));

        assertThat(result.exitCode()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(result.out())))
                .getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(root.getLocalName()).isEqualTo("div");
        List<String> sectionIds = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                assertThat(element.getLocalName()).isEqualTo("div");
                sectionIds.add(element.getAttribute("id"));
                assertThat(element.getTextContent()).contains(handout ? "911" : "Trigger point injection");
            }
        }
        assertThat(sectionIds)
                .containsExactlyElementsOf(
                        ids.stream().map(id -> "session-" + id).toList());
    }

    /** NDJSON of the sample session under each of {@code ids}. */
    private static String sessions(List<UUID> ids) {
        StringBuilder ndjson = new StringBuilder();
        for (UUID id : ids) {
            ndjson.append(SessionJson.standard()
                            .write(SampleSession.neckShoulder().toBuilder()
                                    .id(id)
                                    .build()))
                    .append('\n');
        }
        return ndjson.toString();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--format", "pdf");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("'pdf'").contains("text, html");
    }

    @Test
    void malformedInputExitsTwo() {
        Cli.Result result = Cli.run(
                dir,
                "note",
                "--in",
                Cli.example("malformed-unknown-property.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("$.painScoreBefore");
    }
}
