package org.tpidoc.fhir.resource.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.StringType;
import org.tpidoc.catalog.Complication;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.datatype.BodySites;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.note.HtmlRenderer;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Needle;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.terminology.CodeSystems;

/** The session as a FHIR {@code Procedure}: one line per element, in the order of the R4 definition. */
public final class ProcedureMapper {

    private static final HtmlRenderer HTML = new HtmlRenderer();

    private ProcedureMapper() {}

    /** The session's {@code Procedure}, with the procedure note as its narrative. */
    public static Procedure map(MappingContext context) {
        InjectionSession session = context.session();
        Procedure procedure = new Procedure();
        procedure.setId(context.id(Roles.PROCEDURE));
        procedure.setText(Narratives.generated(HTML.render(context.note())));
        ProcedureExtensions.addTo(procedure, context);
        procedure
                .addIdentifier()
                .setSystem(context.options().identifierSystem())
                .setValue(session.id().toString());
        procedure.setStatus(status(session.status()));
        if (session.statusReason() != null) {
            procedure.setStatusReason(Concepts.text(session.statusReason()));
        }
        procedure.setCode(code(context));
        procedure.setSubject(context.patient());
        context.encounter().ifPresent(procedure::setEncounter);
        procedure.setPerformed(Times.period(session.start(), session.end()));
        context.performer().ifPresent(actor -> procedure
                .addPerformer()
                .setFunction(Concepts.text("Performing clinician"))
                .setActor(actor));
        context.location().ifPresent(procedure::setLocation);
        session.indications().forEach(indication -> procedure.addReasonCode(Concepts.codeable(indication)));
        for (MuscleSide side : context.doses().muscleSides()) {
            procedure.addBodySite(BodySites.site(context, side, BodySites.detail(session, side)));
        }
        outcome(context).ifPresent(procedure::setOutcome);
        session.complications().forEach(slug -> procedure.addComplication(complication(context, slug)));
        if (session.followUp() != null) {
            procedure.addFollowUp(followUp(context, session.followUp()));
        }
        if (session.note() != null) {
            procedure.addNote().setText(session.note());
        }
        if (session.needle() != null) {
            procedure.addUsedCode(needle(context, session.needle()));
        }
        return procedure;
    }

    /** {@code Procedure.status}: an aborted session is {@code not-done}. */
    static ProcedureStatus status(SessionStatus status) {
        return switch (status) {
            case IN_PROGRESS -> ProcedureStatus.INPROGRESS;
            case COMPLETED -> ProcedureStatus.COMPLETED;
            case ABORTED -> ProcedureStatus.NOTDONE;
            case ENTERED_IN_ERROR -> ProcedureStatus.ENTEREDINERROR;
        };
    }

    /** {@code Procedure.code}: our procedure kind, the CPT code derived by muscle count, and the text. */
    static CodeableConcept code(MappingContext context) {
        String kind = OwnCodes.procedureKind(context.session().technique());
        String text = OwnCodes.words(kind);
        CodeableConcept code = new CodeableConcept()
                .addCoding(context.ownCoding(OwnCodes.PROCEDURE, kind, text))
                .setText(text);
        context.procedureCode()
                .ifPresent(cpt -> code.addCoding().setSystem(CodeSystems.CPT).setCode(cpt.code()));
        return code;
    }

    /** {@code Procedure.outcome} in words: tolerance, pain before and after, complications. */
    private static Optional<CodeableConcept> outcome(MappingContext context) {
        InjectionSession session = context.session();
        List<String> parts = new ArrayList<>();
        if (session.tolerance() != null) {
            parts.add("Tolerated "
                    + switch (session.tolerance()) {
                        case WELL -> "well";
                        case FAIR -> "fairly";
                        case POOR -> "poorly";
                    });
        }
        if (session.painBefore() != null && session.painAfter() != null) {
            parts.add("pain " + session.painBefore().score() + "/10 before, "
                    + session.painAfter().score() + "/10 after");
        }
        if (!session.complications().isEmpty()) {
            parts.add("complications: "
                    + String.join(
                            ", ",
                            session.complications().stream()
                                    .map(slug -> context.catalog()
                                            .complication(slug)
                                            .map(Complication::name)
                                            .orElse(slug))
                                    .toList()));
        } else if (session.status() == SessionStatus.COMPLETED) {
            parts.add("no complications");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(Concepts.text(String.join("; ", parts)));
    }

    private static CodeableConcept complication(MappingContext context, String slug) {
        String name =
                context.catalog().complication(slug).map(Complication::name).orElse(slug);
        return context.ownConcept(OwnCodes.COMPLICATION, slug, name);
    }

    private static CodeableConcept followUp(MappingContext context, FollowUp plan) {
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

    private static CodeableConcept needle(MappingContext context, Needle needle) {
        CodeableConcept used =
                Concepts.text(needle.gauge() + " G needle, " + needle.lengthMm().toPlainString() + " mm");
        Extension extension = Extensions.complex(used, context.extension(Extensions.NEEDLE));
        Extensions.part(extension, "gauge", new PositiveIntType(needle.gauge()));
        Extensions.part(extension, "lengthMm", new DecimalType(needle.lengthMm()));
        return used;
    }
}
