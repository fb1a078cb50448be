package org.tpidoc.fhir.resource.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.terminology.CodeSystems;

class ObservationTranslatorTest {

    private static final MappingOptions OPTIONS = MappingOptions.defaults();

    @Test
    void recordsPainBeforeAndAfterOnTheNumericRatingScale() {
        MappingContext context = context(read(ExampleSessions.NECK_SHOULDER));
        List<Observation> pain = ObservationTranslator.toFhir(context).subList(0, 2);

        assertThat(pain)
                .extracting(o -> ((IntegerType) o.getValue()).getValue())
                .containsExactly(7, 2);
        assertThat(pain)
                .extracting(o -> o.getEffectiveDateTimeType().getValueAsString())
                .containsExactly("2026-11-20T10:05:00-05:00", "2026-11-20T10:40:00-05:00");
        assertThat(pain)
                .extracting(o -> o.getExtensionByUrl(OPTIONS.extension(Extensions.ASSESSMENT_TIMING))
                        .getValue()
                        .primitiveValue())
                .containsExactly("before", "after");
        assertThat(pain).allSatisfy(o -> {
            assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo(CodeSystems.LOINC);
            assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
            assertThat(o.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
            assertThat(o.getPartOfFirstRep().getReference()).isEqualTo("Procedure/" + context.id(Roles.PROCEDURE));
            assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        });
    }

    @Test
    void recordsTwitchResponseAndReferredPainAtEachSite() {
        List<Observation> sites = ObservationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
                .subList(2, 6);

        assertThat(sites)
                .extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .containsExactly("local-twitch-response", "referred-pain", "local-twitch-response", "referred-pain");
        assertThat(((CodeableConcept) sites.get(0).getValue())
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("elicited");
        assertThat(((BooleanType) sites.get(1).getValue()).booleanValue()).isTrue();
        assertThat(((CodeableConcept) sites.get(2).getValue())
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("not-elicited");
        assertThat(((BooleanType) sites.get(3).getValue()).booleanValue()).isFalse();
        assertThat(sites)
                .extracting(o -> o.getBodySite().getText())
                .containsExactly(
                        "Left trapezius (upper fibres)",
                        "Left trapezius (upper fibres)",
                        "Right levator scapulae",
                        "Right levator scapulae");
    }

    @Test
    void leavesOutWhatTheOptionsExclude() {
        MappingOptions painOnly = OPTIONS.without(Include.SITE_OBSERVATIONS);
        MappingOptions none = painOnly.without(Include.PAIN_OBSERVATIONS);

        assertThat(ObservationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER), painOnly)))
                .hasSize(2);
        assertThat(ObservationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER), none)))
                .isEmpty();
    }
}
