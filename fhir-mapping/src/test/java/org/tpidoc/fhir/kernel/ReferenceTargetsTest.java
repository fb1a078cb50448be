package org.tpidoc.fhir.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ReferenceTargetsTest {

    @Test
    void readsTheAllowedTypesOfANestedReferenceFromR4() {
        assertThat(ReferenceTargets.of("Procedure", "performer.actor"))
                .containsExactlyInAnyOrder(
                        "Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson", "Device");
    }

    @Test
    void readsTheAllowedTypesOfATopLevelReference() {
        assertThat(ReferenceTargets.of("Procedure", "subject")).containsExactlyInAnyOrder("Patient", "Group");
        assertThat(ReferenceTargets.of("BodyStructure", "patient")).containsExactly("Patient");
    }

    @Test
    void rejectsAPathThatIsNotAReference() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReferenceTargets.of("Procedure", "status"))
                .withMessageContaining("not a Reference");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReferenceTargets.of("Procedure", "nonsense"))
                .withMessageContaining("not an R4 element");
    }
}
