package org.tpidoc.fhir.resource.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.util.List;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.resource.medication.MedicationTranslator;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator;

class ProvenanceTranslatorTest {

    @Test
    void coversEveryTargetRecordedAtTheSessionsEndByItsAuthor() {
        MappingContext context = context(
                read(ExampleSessions.NECK_SHOULDER),
                MappingOptions.defaults().withOrganization(org.tpidoc.session.Reference.to("Organization/clinic")));
        List<Resource> targets = List.of(
                ProcedureTranslator.toFhir(context),
                MedicationTranslator.toFhir(context).get(0));

        Provenance provenance = ProvenanceTranslator.toFhir(context, targets).orElseThrow();

        assertThat(provenance.getTarget())
                .extracting(Reference::getReference)
                .containsExactly(
                        context.reference(targets.get(0)).getReference(),
                        context.reference(targets.get(1)).getReference());
        assertThat(provenance.getRecordedElement().getValueAsString()).isEqualTo("2026-11-20T10:35:00-05:00");
        assertThat(provenance.getAgentFirstRep().getType().getCodingFirstRep().getCode())
                .isEqualTo("author");
        assertThat(provenance.getAgentFirstRep().getWho().getReference()).isEqualTo("Practitioner/dr-lee");
        assertThat(provenance.getAgentFirstRep().getOnBehalfOf().getReference()).isEqualTo("Organization/clinic");
        assertThat(provenance.getActivity().getText()).isNotBlank();
    }

    @Test
    void isLeftOutWhenTheOptionsSaySo() {
        MappingContext context = context(
                read(ExampleSessions.NECK_SHOULDER), MappingOptions.defaults().without(Include.PROVENANCE));

        assertThat(ProvenanceTranslator.toFhir(context, List.of())).isEmpty();
    }
}
