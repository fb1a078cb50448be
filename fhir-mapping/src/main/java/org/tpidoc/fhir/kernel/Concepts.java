package org.tpidoc.fhir.kernel;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;
import org.tpidoc.terminology.Concept;

/** {@link Concept} to FHIR {@code Coding} and {@code CodeableConcept}. */
public final class Concepts {

    private Concepts() {}

    /** A {@code Coding} with the concept's system, code and (when given) display. */
    public static Coding coding(Concept concept) {
        Coding coding = new Coding().setSystem(concept.system()).setCode(concept.code());
        if (concept.display() != null) {
            coding.setDisplay(concept.display());
        }
        return coding;
    }

    /** A {@code Coding} of {@code code} in {@code system}, with a display when given. */
    public static Coding coding(String system, String code, @Nullable String display) {
        return coding(new Concept(system, code, display));
    }

    /** A {@code CodeableConcept} of one concept; its text is the concept's display when given. */
    public static CodeableConcept codeable(Concept concept) {
        CodeableConcept codeable = new CodeableConcept().addCoding(coding(concept));
        if (concept.display() != null) {
            codeable.setText(concept.display());
        }
        return codeable;
    }

    /** A {@code CodeableConcept} with the given codings (possibly none) and text. */
    public static CodeableConcept codeable(List<Concept> concepts, String text) {
        CodeableConcept codeable = new CodeableConcept().setText(text);
        concepts.forEach(concept -> codeable.addCoding(coding(concept)));
        return codeable;
    }

    /** A {@code CodeableConcept} with only a text, for what has no checked code. */
    public static CodeableConcept text(String text) {
        return new CodeableConcept().setText(text);
    }
}
