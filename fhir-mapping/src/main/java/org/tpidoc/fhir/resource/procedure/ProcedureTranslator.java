package org.tpidoc.fhir.resource.procedure;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Procedure;
import org.jspecify.annotations.Nullable;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.datatype.BodySites;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Unmapped;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.note.HtmlRenderer;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;

/**
 * The session as a FHIR R4 {@code Procedure}, and back: one line per part, each part a pair holding both
 * directions ({@link ProcedureHeader}, {@link TechniqueCode}, {@link ProcedureContent}, {@link
 * ProcedureExtensions}). Reading another system's {@code Procedure} falls back on {@link ForeignProcedure}
 * where ours would have a code or an extension.
 */
public final class ProcedureTranslator {

    private static final HtmlRenderer HTML = new HtmlRenderer();

    /** The Procedure elements the parts read. */
    private static final Set<String> READ = Set.of(
            "identifier",
            "status",
            "statusReason",
            "code",
            "subject",
            "encounter",
            "performed[x]",
            "performer",
            "location",
            "reasonCode",
            "reasonReference",
            "bodySite",
            "complication",
            "followUp",
            "note",
            "usedCode");

    /** What our export writes beyond {@link #READ}: the outcome in words restates what the parts read. */
    private static final Set<String> READ_OR_RESTATED = union(READ, "outcome");

    /** The Procedure elements that say nothing about the session itself. */
    private static final Set<String> ADMINISTRATIVE =
            Set.of("category", "basedOn", "partOf", "recorder", "asserter", "instantiatesCanonical", "instantiatesUri");

    /**
     * What the rest of the reading needs to know of the session.
     *
     * @param complete whether status, patient, start and technique could be read (else no session can be built)
     * @param status the status read, or {@code null}
     * @param start the start, or {@code null}
     * @param end the end, or {@code null}
     */
    public record Header(
            boolean complete,
            @Nullable SessionStatus status,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {}

    private ProcedureTranslator() {}

    /** The session's {@code Procedure}, with the procedure note as its narrative. */
    public static Procedure toFhir(MappingContext context) {
        Procedure procedure = new Procedure();
        procedure.setId(context.id(Roles.PROCEDURE));
        context.conform(procedure, Profiles.PROCEDURE);
        procedure.setText(Narratives.generated(HTML.render(context.note())));
        ProcedureExtensions.toFhir(context, procedure);
        ProcedureHeader.toFhir(context, procedure);
        procedure.setCode(TechniqueCode.toFhir(context));
        for (MuscleSide side : context.doses().muscleSides()) {
            procedure.addBodySite(BodySites.site(context, side, BodySites.detail(context.session(), side)));
        }
        ProcedureContent.toFhir(context, procedure);
        return procedure;
    }

    /**
     * Reads the session's {@code Procedure} into {@code session}: header, technique, clinical content and
     * extensions; an element no part reads is reported. The header is incomplete when a required part
     * (status, patient, start, technique) is missing (reported).
     */
    public static Header fromFhir(ReadContext context, InjectionSession.Builder session) {
        Header header = ProcedureHeader.fromFhir(context, session);
        boolean technique = TechniqueCode.fromFhir(context, session);
        ProcedureContent.fromFhir(context, session);
        ProcedureExtensions.fromFhir(context, session);
        Unmapped.elements(context, context.procedure(), context.ownExport() ? READ_OR_RESTATED : READ, ADMINISTRATIVE);
        return technique ? header : new Header(false, header.status(), header.start(), header.end());
    }

    /** Whether our export wrote {@code procedure}: it carries our {@code session-status} extension. */
    public static boolean ownExport(MappingOptions options, Procedure procedure) {
        return procedure.getExtensionByUrl(options.extension(Extensions.SESSION_STATUS)) != null;
    }

    /** Whether the session's {@code Procedure} records its sites in our extension (our export always does). */
    public static boolean sitesRecorded(ReadContext context) {
        return InjectionSiteExtension.recorded(context);
    }

    /** The session id of a {@code Procedure} our export wrote: its identifier in the configured system. */
    public static Optional<UUID> ownSessionId(MappingOptions options, Procedure procedure) {
        for (Identifier identifier : procedure.getIdentifier()) {
            if (options.identifierSystem().equals(identifier.getSystem()) && identifier.hasValue()) {
                try {
                    return Optional.of(UUID.fromString(identifier.getValue()));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> union(Set<String> elements, String more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(elements);
        all.add(more);
        return Set.copyOf(all);
    }
}
