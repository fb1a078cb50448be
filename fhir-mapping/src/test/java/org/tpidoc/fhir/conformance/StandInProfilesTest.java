package org.tpidoc.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirValidation;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Reference;
import org.tpidoc.testkit.Examples;

/**
 * The document's stand-ins for every participant type: a session performed by a {@code PractitionerRole} or
 * a {@code Device}, for a configured {@code Organization}, exported as a document whose stand-ins each
 * declare their profile and validate against it with zero errors.
 */
class StandInProfilesTest {

    private static final MappingOptions OPTIONS =
            MappingOptions.defaults().withOrganization(Reference.to("Organization/clinic-1", "Riverside clinic"));
    private static final FhirValidation VALIDATION = FhirValidation.of(OPTIONS, Catalog.builtIn());

    @ParameterizedTest(name = "performed by {0}")
    @CsvSource({"PractitionerRole/role-7, PractitionerRole", "Device/needling-robot-2, Device"})
    void everyStandInDeclaresItsProfileAndValidates(String performer, String performerType) {
        InjectionSession session = SessionJson.standard()
                .read(Examples.valid().get(0).text())
                .toBuilder()
                .performer(Reference.to(performer, "the performer"))
                .attestation(null)
                .build();

        Bundle document = new FhirExporter(OPTIONS).toBundle(session, BundleKind.DOCUMENT);

        List<String> standIns = document.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(resource -> List.of("Patient", "Practitioner", "PractitionerRole", "Organization", "Device")
                        .contains(resource.fhirType()))
                .map(StandInProfilesTest::profile)
                .toList();
        assertThat(standIns)
                .containsExactlyInAnyOrder(
                        OPTIONS.profile(Profiles.PATIENT_STAND_IN),
                        OPTIONS.profile(Profiles.standIn(performerType)),
                        OPTIONS.profile(Profiles.ORGANIZATION_STAND_IN));
        assertThat(VALIDATION.validate(document).errors()).isEmpty();
    }

    private static String profile(Resource resource) {
        return resource.getMeta().getProfile().get(0).getValue();
    }
}
