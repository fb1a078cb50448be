package org.tpidoc.fhir.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.session.Reference;
import org.tpidoc.terminology.CodeSystems;

class MappingOptionsTest {

    @Test
    void defaultsIncludeEverythingUnderTheProjectBase() {
        MappingOptions options = MappingOptions.defaults();

        assertThat(options.identifierSystem()).isEqualTo("urn:tpidoc:session");
        assertThat(options.canonicalBase()).isEqualTo("https://tpidoc.github.io/fhir");
        assertThat(options.organization()).isNull();
        assertThat(options.include()).containsExactlyInAnyOrder(Include.values());
    }

    @Test
    void namesOurCodeSystemsAsCodeSystemsDoes() {
        assertThat(MappingOptions.defaults().codeSystem("risk")).isEqualTo(CodeSystems.own("risk"));
    }

    @Test
    void namesExtensionsUnderStructureDefinition() {
        MappingOptions options = MappingOptions.defaults().withCanonicalBase("https://fhir.example.org/tpi/");

        assertThat(options.canonicalBase()).isEqualTo("https://fhir.example.org/tpi");
        assertThat(options.extension("time-out"))
                .isEqualTo("https://fhir.example.org/tpi/StructureDefinition/time-out");
        assertThat(options.codeSystem("risk")).isEqualTo("https://fhir.example.org/tpi/CodeSystem/risk");
    }

    @Test
    void leavesOutAnOptionalResourceOnRequest() {
        MappingOptions options =
                MappingOptions.defaults().without(Include.CONSENT).without(Include.PROVENANCE);

        assertThat(options.includes(Include.CONSENT)).isFalse();
        assertThat(options.includes(Include.PROVENANCE)).isFalse();
        assertThat(options.includes(Include.PAIN_OBSERVATIONS)).isTrue();
    }

    @Test
    void keepsTheOrganizationAndIdentifierSystemGiven() {
        MappingOptions options = MappingOptions.defaults()
                .withOrganization(Reference.to("Organization/clinic"))
                .withIdentifierSystem("https://clinic.example.org/sessions");

        assertThat(options.organization()).isEqualTo(Reference.to("Organization/clinic"));
        assertThat(options.identifierSystem()).isEqualTo("https://clinic.example.org/sessions");
    }

    @Test
    void rejectsABaseThatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> MappingOptions.defaults().withCanonicalBase("tpidoc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("canonicalBase");
    }
}
