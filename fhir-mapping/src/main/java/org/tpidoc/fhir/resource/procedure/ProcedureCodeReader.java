package org.tpidoc.fhir.resource.procedure;

import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.jspecify.annotations.Nullable;
import org.tpidoc.billing.ProcedureCode;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;

/**
 * The technique from {@code Procedure.code}: the inverse of {@link ProcedureMapper#code}. Our {@code
 * procedure} code first; else the CPT code (20552/20553 injection, 20560/20561 dry needling, 76942
 * ultrasound guidance); else the words of the text; else, when medications were administered as part of
 * the procedure, an injection. Anything else is not a trigger point procedure and is not imported.
 */
public final class ProcedureCodeReader {

    private ProcedureCodeReader() {}

    /** Sets the technique (and ultrasound guidance from CPT 76942); false when none can be told (reported). */
    public static boolean read(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        CodeableConcept code = procedure.hasCode() ? procedure.getCode() : new CodeableConcept();
        String path = at.at("code");
        Technique technique = null;
        for (Coding coding : code.getCoding()) {
            if (context.codeSystem(OwnCodes.PROCEDURE).equals(coding.getSystem())) {
                technique = technique != null ? technique : own(coding.getCode());
            } else if (CodeSystems.CPT.equals(coding.getSystem())) {
                if (ProcedureCode.ULTRASOUND_GUIDANCE.code().equals(coding.getCode())) {
                    session.guidance(Guidance.ULTRASOUND);
                }
                technique = technique != null ? technique : cpt(coding.getCode());
            }
        }
        if (technique == null && code.hasText()) {
            technique = words(code.getText()).orElse(null);
            if (technique != null) {
                context.findings()
                        .add(
                                ImportCode.TECHNIQUE_INFERRED,
                                path,
                                "technique '" + technique.code() + "' read from the text, not from a code");
            }
        }
        if (technique == null && !context.members("MedicationAdministration").isEmpty()) {
            technique = Technique.INJECTION;
            context.findings()
                    .add(
                            ImportCode.UNKNOWN_PROCEDURE_CODE,
                            path,
                            "no trigger point injection or dry needling code; read as an injection because medications"
                                    + " were administered as part of it");
        }
        if (technique == null) {
            context.findings()
                    .add(
                            ImportCode.UNKNOWN_PROCEDURE_CODE_NO_TECHNIQUE,
                            path,
                            "not coded as trigger point injection or dry needling (our code, CPT 20552, 20553, 20560,"
                                    + " 20561) and nothing else tells the technique");
            return false;
        }
        session.technique(technique);
        return true;
    }

    private static @Nullable Technique own(@Nullable String code) {
        for (Technique technique : Technique.values()) {
            if (OwnCodes.procedureKind(technique).equals(code)) {
                return technique;
            }
        }
        return null;
    }

    private static @Nullable Technique cpt(@Nullable String code) {
        if (ProcedureCode.TRIGGER_POINT_INJECTION_1_2.code().equals(code)
                || ProcedureCode.TRIGGER_POINT_INJECTION_3_PLUS.code().equals(code)) {
            return Technique.INJECTION;
        }
        if (ProcedureCode.DRY_NEEDLING_1_2.code().equals(code)
                || ProcedureCode.DRY_NEEDLING_3_PLUS.code().equals(code)) {
            return Technique.DRY_NEEDLING;
        }
        return null;
    }

    private static Optional<Technique> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('-', ' ');
        if (lower.contains("dry needling")) {
            return Optional.of(Technique.DRY_NEEDLING);
        }
        return lower.contains("trigger point") && lower.contains("inject")
                ? Optional.of(Technique.INJECTION)
                : Optional.empty();
    }
}
