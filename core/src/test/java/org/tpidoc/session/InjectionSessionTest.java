package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

class InjectionSessionTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T10:15:00-05:00");

    /** The least a session needs: id, patient and start (status and technique have defaults). */
    private static InjectionSession.Builder minimal() {
        return InjectionSession.builder()
                .id(UUID.fromString("00000000-0000-4000-8000-000000000001"))
                .patient(Reference.to("Patient/p1"))
                .start(START);
    }

    @Test
    void buildsADraftWithOnlyTheRequiredParts() {
        InjectionSession session = minimal().build();

        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.technique()).isEqualTo(Technique.INJECTION);
        assertThat(session.indications()).isEmpty();
        assertThat(session.findings()).isEmpty();
        assertThat(session.priorTherapies()).isEmpty();
        assertThat(session.preparations()).isEmpty();
        assertThat(session.sites()).isEmpty();
        assertThat(session.complications()).isEmpty();
        assertThat(session.consent()).isNull();
        assertThat(session.aftercareGiven()).isFalse();
    }

    /** Each required part, and how to leave it out of an otherwise complete builder. */
    static Stream<Arguments> requiredParts() {
        return Stream.of(
                part("id", b -> b.id(nullValue())),
                part("patient", b -> b.patient(nullValue())),
                part("start", b -> b.start(nullValue())),
                part("status", b -> b.status(nullValue())),
                part("technique", b -> b.technique(nullValue())));
    }

    private static Arguments part(String name, UnaryOperator<InjectionSession.Builder> leaveOut) {
        return Arguments.of(name, leaveOut);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredParts")
    void rejectsMissingRequiredPartNamingIt(String part, UnaryOperator<InjectionSession.Builder> leaveOut) {
        InjectionSession.Builder builder = leaveOut.apply(minimal());

        assertThatNullPointerException().isThrownBy(builder::build).withMessage(part + " is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsBlankStatusReason(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> minimal()
                        .status(SessionStatus.ABORTED)
                        .statusReason(blank)
                        .build())
                .withMessage("statusReason must not be blank when present");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsBlankNote(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> minimal().note(blank).build())
                .withMessage("note must not be blank when present");
    }

    @Test
    void rejectsNegativeEstimatedBloodLoss() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        minimal().estimatedBloodLossMl(new BigDecimal("-0.1")).build())
                .withMessage("estimatedBloodLossMl must not be negative");
    }

    @Test
    void acceptsZeroEstimatedBloodLoss() {
        assertThat(minimal()
                        .estimatedBloodLossMl(new BigDecimal("0.00"))
                        .build()
                        .estimatedBloodLossMl())
                .isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void normalisesEstimatedBloodLossSoEqualAmountsAreEqualSessions() {
        InjectionSession a =
                minimal().estimatedBloodLossMl(new BigDecimal("2.50")).build();
        InjectionSession b =
                minimal().estimatedBloodLossMl(new BigDecimal("2.5")).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.estimatedBloodLossMl()).hasToString("2.5");
    }

    @Test
    void acceptsADraftThatBreaksClinicalRules() {
        // Clinical rules belong to the validator: completed without consent, end before start, no sites.
        InjectionSession draft = minimal()
                .status(SessionStatus.COMPLETED)
                .end(START.minusHours(1))
                .technique(Technique.DRY_NEEDLING)
                .addSite(InjectionSite.injected("not-a-muscle", Laterality.LEFT, 1, "Z", new BigDecimal("9")))
                .build();

        assertThat(draft.sites()).hasSize(1);
    }

    @Test
    void builderRoundTripGivesAnEqualSession() {
        InjectionSession sample = SampleSessions.neckShoulder();

        assertThat(sample.toBuilder().build()).isEqualTo(sample).hasSameHashCodeAs(sample);
        assertThat(minimal().build().toBuilder().build()).isEqualTo(minimal().build());
    }

    @Test
    void builderCopyChangesOnlyWhatIsSet() {
        InjectionSession sample = SampleSessions.neckShoulder();

        InjectionSession changed = sample.toBuilder().tolerance(Tolerance.FAIR).build();

        assertThat(changed.tolerance()).isEqualTo(Tolerance.FAIR);
        assertThat(changed)
                .usingRecursiveComparison()
                .ignoringFields("tolerance")
                .isEqualTo(sample);
        assertThat(sample.tolerance()).isEqualTo(Tolerance.WELL);
    }

    @Test
    void builderListSettersReplaceAndAddersAppend() {
        InjectionSession session = minimal()
                .addFindings("taut-band")
                .findings(List.of("jump-sign"))
                .addFindings("referred-pain")
                .addComplications("bleeding")
                .complications(List.of("hematoma"))
                .priorTherapies(List.of("heat"))
                .addPriorTherapies("massage")
                .indications(List.of(Concept.of(CodeSystems.ICD_10_CM, "M54.2", "Cervicalgia")))
                .build();

        assertThat(session.findings()).containsExactly("jump-sign", "referred-pain");
        assertThat(session.complications()).containsExactly("hematoma");
        assertThat(session.priorTherapies()).containsExactly("heat", "massage");
        assertThat(session.indications()).extracting(Concept::code).containsExactly("M54.2");
    }

    @Test
    void listsAreImmutable() {
        InjectionSession sample = SampleSessions.neckShoulder();

        assertThatThrownBy(() -> sample.sites().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sample.preparations().add(sample.preparations().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sample.findings().add("jump-sign")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sample.indications().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sample.priorTherapies().add("heat")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sample.complications().add("other")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesListsGivenToTheConstructor() {
        InjectionSession sample = SampleSessions.neckShoulder();
        List<String> findings = new ArrayList<>(List.of("taut-band"));
        List<InjectionSite> sites = new ArrayList<>(sample.sites());

        InjectionSession session = minimal().findings(findings).sites(sites).build();
        findings.add("jump-sign");
        sites.clear();

        assertThat(session.findings()).containsExactly("taut-band");
        assertThat(session.sites()).hasSize(2);
    }

    @Test
    void builderDoesNotShareItsListsWithBuiltSessions() {
        InjectionSession.Builder builder = minimal().addFindings("taut-band");
        InjectionSession first = builder.build();

        builder.addFindings("jump-sign");

        assertThat(first.findings()).containsExactly("taut-band");
        assertThat(builder.build().findings()).containsExactly("taut-band", "jump-sign");
    }

    @Test
    void treatsNullListsAsEmpty() {
        InjectionSession s = SampleSessions.neckShoulder();
        InjectionSession session = new InjectionSession(
                s.id(),
                s.status(),
                null,
                s.patient(),
                null,
                null,
                null,
                s.start(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                s.technique(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null);

        assertThat(session.indications()).isEmpty();
        assertThat(session.sites()).isEmpty();
        assertThat(session.complications()).isEmpty();
    }

    @Test
    void rejectsNullElementsInLists() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatNullPointerException()
                .isThrownBy(() -> minimal().findings(withNull).build());
    }

    @Test
    void findsAPreparationById() {
        InjectionSession sample = SampleSessions.neckShoulder();

        assertThat(sample.preparation("A")).contains(sample.preparations().get(0));
        assertThat(sample.preparation("B")).isEmpty();
    }

    @Test
    void isAnInjectionOnlyWhenTheTechniqueIsInjection() {
        assertThat(minimal().technique(Technique.INJECTION).build().isInjection())
                .isTrue();
        assertThat(minimal().technique(Technique.DRY_NEEDLING).build().isInjection())
                .isFalse();
    }

    @Test
    void sampleSessionIsTheDesignExample() {
        InjectionSession sample = SampleSessions.neckShoulder();

        assertThat(sample.id()).hasToString("8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11");
        assertThat(sample.sites()).extracting(InjectionSite::muscle).containsExactly("trapezius", "levator-scapulae");
        assertThat(sample.preparations().get(0).liquidVolumeMl()).isEqualByComparingTo("5");
        assertThat(sample.sites())
                .extracting(InjectionSite::volumeMl)
                .containsExactly(new BigDecimal("2.5"), new BigDecimal("2.5"));
        assertThat(sample).isEqualTo(SampleSessions.neckShoulder());
    }

    /** A null where the parameter is declared non-null, to test the checks behind it. */
    private static <T> T nullValue() {
        return null;
    }
}
