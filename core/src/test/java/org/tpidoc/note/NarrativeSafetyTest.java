package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.w3c.dom.Document;

/**
 * Every HTML document (note, note sections, handout in each language) parses as XML and uses only
 * FHIR-narrative-safe markup, for every example session and for hostile free text.
 */
class NarrativeSafetyTest {

    private static final String HOSTILE =
            "<script>alert('x')</script> & <img src=\"http://evil/\" onclick=\"x()\"/>" + " ]]> \u0001\u0008\uFFFE end";

    static Stream<String> sessions() {
        List<String> names = new ArrayList<>(ExampleSessions.readableNames());
        names.addAll(List.of("minimal draft", "aborted", "aborted before any site", "hostile free text"));
        return names.stream();
    }

    private static InjectionSession session(String name) {
        return switch (name) {
            case "minimal draft" -> TestSessions.minimalDraft();
            case "aborted" ->
                TestSessions.neckShoulder().toBuilder()
                        .status(SessionStatus.ABORTED)
                        .statusReason("Patient felt faint")
                        .build();
            case "aborted before any site" -> TestSessions.abortedBeforeAnySite();
            case "hostile free text" -> hostile();
            default -> ExampleSessions.read(name);
        };
    }

    private static InjectionSession hostile() {
        InjectionSession sample = TestSessions.neckShoulder();
        return sample.toBuilder()
                .status(SessionStatus.ABORTED)
                .statusReason(HOSTILE)
                .performer(Reference.to("Practitioner/x", HOSTILE))
                .sites(List.of(sample.sites().get(0).withDetail(HOSTILE)))
                .addComplications(HOSTILE)
                .note(HOSTILE + "\nsecond line")
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void procedureNoteHtmlIsASafeNarrative(String name) {
        ProcedureNote note = ProcedureNote.of(session(name), Catalog.builtIn());

        Narratives.assertSafeNarrative(DocumentRenderer.html().render(note));
        for (NoteSection section : note.sections()) {
            Narratives.assertSafeNarrative(new HtmlRenderer().renderSection(section, note.language()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void handoutHtmlIsASafeNarrativeInEveryLanguage(String name) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            AftercareHandout handout = AftercareHandout.of(session(name), Catalog.builtIn(), locale);

            Narratives.assertSafeNarrative(DocumentRenderer.html().render(handout));
        }
    }

    @org.junit.jupiter.api.Test
    void aHostileClinicNameStaysTextInTheHandout() {
        HandoutOptions options = HandoutOptions.defaults()
                .withClinicName("<script>alert('x')</script> & <b>Clinic</b>")
                .withClinicPhone("+1 (555) 010-0100");

        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            String html = DocumentRenderer.html()
                    .render(AftercareHandout.of(TestSessions.neckShoulder(), Catalog.builtIn(), locale, options));

            Narratives.assertSafeNarrative(html);
            assertThat(Narratives.parse(html).getElementsByTagName("script").getLength())
                    .isZero();
            assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;Clinic&lt;/b&gt;");
        }
    }

    @org.junit.jupiter.api.Test
    void hostileTextStaysText() {
        String html = DocumentRenderer.html().render(ProcedureNote.of(hostile(), Catalog.builtIn()));

        Document document = Narratives.parse(html);

        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("img").getLength()).isZero();
        assertThat(document.getDocumentElement().getTextContent())
                .contains("Procedure aborted: <script>alert('x')</script> & <img src=\"http://evil/\"")
                .doesNotContain("\u0001");
        assertThat(html).contains("&lt;script&gt;").contains("second line").contains("<br/>second line");
    }
}
