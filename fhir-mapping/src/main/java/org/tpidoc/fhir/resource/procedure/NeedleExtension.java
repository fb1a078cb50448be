package org.tpidoc.fhir.resource.procedure;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Needle;

/**
 * The needle as {@code Procedure.usedCode}, both directions: in words as its text ("25 G needle, 38 mm"),
 * and exactly in our {@code needle} extension ({@code gauge}, {@code lengthMm}).
 */
final class NeedleExtension {

    private NeedleExtension() {}

    /** The needle in words, with our extension. */
    static CodeableConcept toFhir(MappingContext context, Needle needle) {
        CodeableConcept used =
                Concepts.text(needle.gauge() + " G needle, " + needle.lengthMm().toPlainString() + " mm");
        Extension extension = Extensions.complex(used, context.extension(Extensions.NEEDLE));
        Extensions.part(extension, "gauge", new PositiveIntType(needle.gauge()));
        Extensions.part(extension, "lengthMm", new DecimalType(needle.lengthMm()));
        return used;
    }

    /**
     * The needle {@code used} at {@code path} records in our extension; empty without it, or (reported)
     * when it lacks gauge or length.
     */
    static Optional<Needle> fromFhir(ReadContext context, CodeableConcept used, String path) {
        Extension needle = used.getExtensionByUrl(context.extension(Extensions.NEEDLE));
        if (needle == null) {
            return Optional.empty();
        }
        Optional<IntegerType> gauge =
                ExtensionReader.value(needle, "gauge", IntegerType.class).filter(IntegerType::hasValue);
        Optional<DecimalType> length =
                ExtensionReader.value(needle, "lengthMm", DecimalType.class).filter(DecimalType::hasValue);
        if (gauge.isEmpty() || length.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "a needle needs a gauge and a length in mm");
            return Optional.empty();
        }
        return context.attempt(
                path, () -> new Needle(gauge.get().getValue(), length.get().getValue()));
    }
}
