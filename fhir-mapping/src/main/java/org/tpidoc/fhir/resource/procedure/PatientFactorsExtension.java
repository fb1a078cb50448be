package org.tpidoc.fhir.resource.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Quantity;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.session.PatientFactors;

/**
 * The patient factors in both directions: our {@code patient-factors} extension on the {@code Procedure}.
 * Weight in kg, one {@code allergyClass} coding per allergy class (our {@code drug-class} code system,
 * generated from {@link AllergyClass}), {@code anticoagulated} only when recorded (absent is "not
 * recorded", which is not {@code false}), and the onabotulinumtoxinA units of the previous 90 days.
 */
final class PatientFactorsExtension {

    private static final String NO_ALLERGY_CLASS = "noAllergyClass";

    private PatientFactorsExtension() {}

    /** The extension of {@code factors}; never empty (a record with nothing else says it has no allergy class). */
    static Extension toFhir(MappingContext context, PatientFactors factors) {
        Extension extension = new Extension(context.extension(Extensions.PATIENT_FACTORS));
        if (factors.weightKg() != null) {
            Extensions.part(extension, "weight", Quantities.kilograms(factors.weightKg()));
        }
        for (String allergy : factors.allergies()) {
            String words = CodedEnums.fromCode(AllergyClass.class, allergy)
                    .map(AllergyClass::words)
                    .orElse(allergy);
            Extensions.part(extension, "allergyClass", context.ownCoding(OwnCodes.DRUG_CLASS, allergy, words));
        }
        if (factors.anticoagulated() != null) {
            Extensions.part(extension, "anticoagulated", new BooleanType(factors.anticoagulated()));
        }
        if (factors.botulinumToxinUnitsLast90Days() != null) {
            Extensions.part(
                    extension,
                    "botulinumToxinUnitsLast90Days",
                    Quantities.of(factors.botulinumToxinUnitsLast90Days(), DoseUnit.UNITS));
        }
        if (!extension.hasExtension()) {
            Extensions.part(extension, NO_ALLERGY_CLASS, new BooleanType(true));
        }
        return extension;
    }

    /** The factors the extension at {@code path} records; a part that cannot be read is reported and left out. */
    static Optional<PatientFactors> fromFhir(ReadContext context, Extension extension, String path) {
        Optional<Quantity> weight = ExtensionReader.value(extension, "weight", Quantity.class);
        BigDecimal kilograms = weight.flatMap(q -> Quantities.value(q, Quantities.Unit.KILOGRAM))
                .orElse(null);
        if (weight.isPresent() && kilograms == null) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "expected a weight in kg");
        }
        List<String> allergies = new ArrayList<>();
        for (Extension allergy : extension.getExtensionsByUrl("allergyClass")) {
            Optional<String> allergyClass = allergy.getValue() instanceof Coding coding
                    ? CodeReader.own(context, OwnCodes.DRUG_CLASS, coding)
                    : Optional.empty();
            if (allergyClass.isPresent()) {
                allergies.add(allergyClass.get());
            } else {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT,
                                path,
                                "an allergy class not coded in our drug-class code system");
            }
        }
        Boolean anticoagulated = ExtensionReader.optionalFlag(extension, "anticoagulated");
        if (anticoagulated == null
                && ExtensionReader.find(extension, "anticoagulated").isPresent()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "expected anticoagulated as a boolean");
        }
        BigDecimal priorUnits = priorToxinUnits(context, extension, path);
        return context.attempt(path, () -> new PatientFactors(kilograms, allergies, anticoagulated, priorUnits));
    }

    private static @Nullable BigDecimal priorToxinUnits(ReadContext context, Extension extension, String path) {
        Optional<Quantity> units = ExtensionReader.value(extension, "botulinumToxinUnitsLast90Days", Quantity.class);
        BigDecimal value =
                units.flatMap(q -> Quantities.value(q, Quantities.Unit.UNITS)).orElse(null);
        if (units.isPresent() && value == null) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "expected the prior botulinum toxin dose in units");
        }
        return value;
    }
}
