package org.tpidoc.fhir.resource.procedure;

import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.FollowUp;

/**
 * The follow-up plan as {@code Procedure.followUp}, both directions: in words as its text, and exactly as
 * recorded in our {@code follow-up} extension ({@code afterDays}, {@code text}). A plan without our
 * extension is read from its words ({@link ForeignProcedure#followUp}).
 */
final class FollowUpExtension {

    private FollowUpExtension() {}

    /** The plan in words ("Follow-up in 14 days: ..."), with our extension. */
    static CodeableConcept toFhir(MappingContext context, FollowUp plan) {
        String when = plan.afterDays() == null ? null : "Follow-up in " + plan.afterDays() + " days";
        String text = when == null ? plan.text() : plan.text() == null ? when : when + ": " + plan.text();
        CodeableConcept followUp = Concepts.text(Objects.requireNonNull(text));
        Extension extension = Extensions.complex(followUp, context.extension(Extensions.FOLLOW_UP));
        if (plan.afterDays() != null) {
            Extensions.part(extension, "afterDays", new IntegerType(plan.afterDays()));
        }
        if (plan.text() != null) {
            Extensions.part(extension, "text", new StringType(plan.text()));
        }
        return followUp;
    }

    /** The plan {@code plan} at {@code path} records; empty when it records none that can be carried. */
    static Optional<FollowUp> fromFhir(ReadContext context, CodeableConcept plan, String path) {
        Extension recorded = plan.getExtensionByUrl(context.extension(Extensions.FOLLOW_UP));
        if (recorded == null) {
            return ForeignProcedure.followUp(context, plan, path);
        }
        Integer afterDays = ExtensionReader.value(recorded, "afterDays", IntegerType.class)
                .map(IntegerType::getValue)
                .orElse(null);
        String words = ExtensionReader.value(recorded, "text", StringType.class)
                .map(StringType::getValue)
                .orElse(null);
        return context.attempt(path, () -> new FollowUp(afterDays, words));
    }
}
