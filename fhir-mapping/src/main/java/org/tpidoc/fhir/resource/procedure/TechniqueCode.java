package org.tpidoc.fhir.resource.procedure;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.jspecify.annotations.Nullable;
import org.tpidoc.billing.ProcedureCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;

/**
 * The technique as {@code Procedure.code}, both directions: our {@code procedure} code with its words as
 * text, and the CPT code derived by muscle count (20552/20553 injection, 20560/20561 dry needling; 76942
 * reads back as ultrasound guidance). Without either, {@link ForeignProcedure#technique} tries the words.
 */
final class TechniqueCode {

    private TechniqueCode() {}

    /** {@code Procedure.code}: our procedure kind, the CPT code derived by muscle count, and the text. */
    static CodeableConcept toFhir(MappingContext context) {
        String kind = OwnCodes.procedureKind(context.session().technique());
        String text = OwnCodes.words(kind);
        CodeableConcept code = new CodeableConcept()
                .addCoding(context.ownCoding(OwnCodes.PROCEDURE, kind, text))
                .setText(text);
        context.procedureCode()
                .ifPresent(cpt -> code.addCoding().setSystem(CodeSystems.CPT).setCode(cpt.code()));
        return code;
    }

    /** Sets the technique (and ultrasound guidance from CPT 76942); false when none can be told (reported). */
    static boolean fromFhir(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        CodeableConcept code = procedure.hasCode() ? procedure.getCode() : new CodeableConcept();
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
        Optional<Technique> told =
                technique != null ? Optional.of(technique) : ForeignProcedure.technique(context, code, at.at("code"));
        told.ifPresent(session::technique);
        return told.isPresent();
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
}
