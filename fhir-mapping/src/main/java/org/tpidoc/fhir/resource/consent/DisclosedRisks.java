package org.tpidoc.fhir.resource.consent;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.tpidoc.catalog.Risk;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;

/** The risks disclosed before consent, one {@code disclosed-risk} extension each in our risk code system. */
final class DisclosedRisks {

    private DisclosedRisks() {}

    /** Adds one extension per risk slug, in order, named as the catalogue names it (else by its slug). */
    static void toFhir(MappingContext context, Consent consent, List<String> slugs) {
        for (String slug : slugs) {
            String name = context.catalog().risk(slug).map(Risk::name).orElse(slug);
            context.addExtension(consent, Extensions.DISCLOSED_RISK, context.ownConcept(OwnCodes.RISK, slug, name));
        }
    }

    /** The risk slug of {@code extension} at {@code path}; empty (reported) when not coded in our risk system. */
    static Optional<String> fromFhir(ReadContext context, Extension extension, String path) {
        Optional<String> risk = extension.getValue() instanceof CodeableConcept concept
                ? CodeReader.own(context, OwnCodes.RISK, concept)
                : Optional.empty();
        if (risk.isEmpty()) {
            context.findings().add(ImportCode.UNMAPPED_ELEMENT, path, "a risk not coded in our risk code system");
        }
        return risk;
    }
}
