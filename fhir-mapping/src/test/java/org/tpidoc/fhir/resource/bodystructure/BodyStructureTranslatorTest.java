package org.tpidoc.fhir.resource.bodystructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.util.List;
import org.hl7.fhir.r4.model.BodyStructure;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;

class BodyStructureTranslatorTest {

    @Test
    void givesEachDistinctSiteABodyStructureWithItsLaterality() {
        List<BodyStructure> structures = BodyStructureTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)));

        assertThat(structures)
                .extracting(BodyStructure::getDescription)
                .containsExactly("Left trapezius (upper fibres)", "Right levator scapulae");
        assertThat(structures)
                .extracting(s ->
                        s.getLocationQualifierFirstRep().getCodingFirstRep().getCode())
                .containsExactly("7771000", "24028007");
        assertThat(structures)
                .allSatisfy(s -> assertThat(s.getPatient().getReference()).isEqualTo("Patient/example-123"));
    }
}
