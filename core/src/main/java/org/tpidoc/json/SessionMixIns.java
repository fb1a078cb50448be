package org.tpidoc.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.Coded;
import org.tpidoc.session.Component;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.Container;
import org.tpidoc.session.ContainerKind;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.Identifier;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Needle;
import org.tpidoc.session.Needling;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Position;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.Technique;
import org.tpidoc.session.TimeOut;
import org.tpidoc.session.Tolerance;
import org.tpidoc.session.TwitchResponse;
import org.tpidoc.terminology.Concept;

/**
 * What the session form (DESIGN §4) adds to the domain records, which carry no Jackson annotations.
 * Property names are the record components'; each mix-in constructor mirrors a record's canonical
 * constructor and marks the properties that are required ({@code required = true}) and the ranges of
 * whole numbers ({@link WholeNumber}). A property not marked is optional: absent means {@code null},
 * an empty list, or {@code false}. Records whose properties are all optional and in the JSON order
 * ({@link Reference}, {@link PatientFactors}) need no mix-in.
 */
final class SessionMixIns {

    private SessionMixIns() {}

    /** Codes are written and read in their kebab-case form ({@link Coded#code()}). */
    interface CodedMixIn {
        @JsonValue
        String code();
    }

    /** {@link Identifier}: both parts required. */
    abstract static class IdentifierMixIn {
        IdentifierMixIn(@JsonProperty(required = true) String system, @JsonProperty(required = true) String value) {}
    }

    /** {@link Concept}: system and code required. */
    abstract static class ConceptMixIn {
        ConceptMixIn(
                @JsonProperty(required = true) String system,
                @JsonProperty(required = true) String code,
                String display) {}
    }

    /** {@link PainScore}: a required score from 0 to 10. */
    abstract static class PainScoreMixIn {
        PainScoreMixIn(@JsonProperty(required = true) @WholeNumber(min = 0, max = 10) int score, OffsetDateTime at) {}
    }

    /** {@link InformedConsent}: when it was obtained is required; the signer is written before who obtained it. */
    @JsonPropertyOrder({
        "obtainedAt",
        "method",
        "signer",
        "obtainedBy",
        "risksDisclosed",
        "alternativesDiscussed",
        "questionsAnswered"
    })
    abstract static class InformedConsentMixIn {
        InformedConsentMixIn(
                @JsonProperty(required = true) OffsetDateTime obtainedAt,
                ConsentMethod method,
                Reference obtainedBy,
                ConsentSigner signer,
                List<String> risksDisclosed,
                boolean alternativesDiscussed,
                boolean questionsAnswered) {}
    }

    /** {@link TimeOut}: when it took place is required. */
    abstract static class TimeOutMixIn {
        TimeOutMixIn(@JsonProperty(required = true) OffsetDateTime at, boolean siteMarked) {}
    }

    /** {@link Needle}: gauge (1 or more) and length required. */
    abstract static class NeedleMixIn {
        NeedleMixIn(
                @JsonProperty(required = true) @WholeNumber(min = 1) int gauge,
                @JsonProperty(required = true) BigDecimal lengthMm) {}
    }

    /** {@link Container}: the kind is required. */
    abstract static class ContainerMixIn {
        ContainerMixIn(@JsonProperty(required = true) ContainerKind kind, BigDecimal volumeMl) {}
    }

    /** {@link Component}: the product is required. */
    abstract static class ComponentMixIn {
        ComponentMixIn(
                @JsonProperty(required = true) String product,
                BigDecimal volumeMl,
                BigDecimal amount,
                String lot,
                LocalDate expiry,
                Container container) {}
    }

    /** {@link Preparation}: the id is required (and the record wants at least one component). */
    abstract static class PreparationMixIn {
        PreparationMixIn(@JsonProperty(required = true) String id, List<Component> components) {}
    }

    /** {@link InjectionSite}: muscle, laterality and points (1 or more) required. */
    abstract static class InjectionSiteMixIn {
        InjectionSiteMixIn(
                @JsonProperty(required = true) String muscle,
                @JsonProperty(required = true) Laterality laterality,
                String detail,
                @JsonProperty(required = true) @WholeNumber(min = 1) int points,
                TwitchResponse twitchResponse,
                boolean referredPainReproduced,
                String preparation,
                BigDecimal volumeMl) {}
    }

    /** {@link PostProcedure}: minutes observed (0 or more) required. */
    abstract static class PostProcedureMixIn {
        PostProcedureMixIn(
                @JsonProperty(required = true) @WholeNumber(min = 0) int observedMinutes, Boolean vitalSignsStable) {}
    }

    /** {@link Attestation}: who and when, both required. */
    abstract static class AttestationMixIn {
        AttestationMixIn(
                @JsonProperty(required = true) Reference by, @JsonProperty(required = true) OffsetDateTime at) {}
    }

    /** {@link FollowUp}: days after, 0 or more, when given. */
    abstract static class FollowUpMixIn {
        FollowUpMixIn(@WholeNumber(min = 0) Integer afterDays, String text) {}
    }

    /**
     * {@link InjectionSession}: {@code schemaVersion} written first (and read by {@link ObjectChecks},
     * which databind is told to skip), then the properties in the order of the design sample; id, status, patient, start and technique required. {@code complications} is
     * written even when empty: an empty list there states "none".
     */
    @JsonAppend(
            prepend = true,
            props = @JsonAppend.Prop(value = SchemaVersion.Writer.class, name = SchemaVersion.PROPERTY))
    @JsonPropertyOrder({
        "id",
        "status",
        "statusReason",
        "patient",
        "encounter",
        "performer",
        "location",
        "start",
        "end",
        "patientFactors",
        "indications",
        "findings",
        "priorTherapies",
        "painBefore",
        "painAfter",
        "consent",
        "timeOut",
        "technique",
        "needling",
        "guidance",
        "skinPreparation",
        "needle",
        "preparations",
        "sites",
        "complications",
        "estimatedBloodLossMl",
        "tolerance",
        "aftercareGiven",
        "followUp",
        "note",
        "position",
        "aspirationBeforeInjection",
        "postProcedure",
        "attestation"
    })
    abstract static class InjectionSessionMixIn {
        InjectionSessionMixIn(
                @JsonProperty(required = true) UUID id,
                @JsonProperty(required = true) SessionStatus status,
                String statusReason,
                @JsonProperty(required = true) Reference patient,
                Reference encounter,
                Reference performer,
                Reference location,
                @JsonProperty(required = true) OffsetDateTime start,
                OffsetDateTime end,
                PatientFactors patientFactors,
                List<Concept> indications,
                List<String> findings,
                List<String> priorTherapies,
                PainScore painBefore,
                PainScore painAfter,
                InformedConsent consent,
                TimeOut timeOut,
                @JsonProperty(required = true) Technique technique,
                Needling needling,
                Guidance guidance,
                SkinPreparation skinPreparation,
                Needle needle,
                List<Preparation> preparations,
                List<InjectionSite> sites,
                Position position,
                Boolean aspirationBeforeInjection,
                PostProcedure postProcedure,
                Attestation attestation,
                List<String> complications,
                BigDecimal estimatedBloodLossMl,
                Tolerance tolerance,
                boolean aftercareGiven,
                FollowUp followUp,
                String note) {}

        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<String> complications();
    }
}
