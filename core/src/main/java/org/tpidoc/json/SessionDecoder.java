package org.tpidoc.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.tpidoc.session.Attestation;
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
 * Reads the session form (DESIGN §4) from a JSON tree, one {@link ObjectShape} per record. Catalogue
 * slugs are taken as given; the validator checks them.
 */
final class SessionDecoder {

    private static final int ANY = Integer.MAX_VALUE;

    private static final ObjectShape<Identifier> IDENTIFIER =
            ObjectShape.of(f -> new Identifier(f.text("system"), f.text("value")), "system", "value");

    private static final ObjectShape<Reference> REFERENCE = ObjectShape.of(
            f -> new Reference(
                    f.optionalText("reference"), f.optionalObject("identifier", IDENTIFIER), f.optionalText("display")),
            "reference",
            "identifier",
            "display");

    private static final ObjectShape<Concept> CONCEPT = ObjectShape.of(
            f -> new Concept(f.text("system"), f.text("code"), f.optionalText("display")), "system", "code", "display");

    private static final ObjectShape<PatientFactors> PATIENT_FACTORS = ObjectShape.of(
            f -> new PatientFactors(
                    f.optionalDecimal("weightKg"),
                    f.texts("allergies"),
                    f.optionalFlag("anticoagulated"),
                    f.optionalDecimal("botulinumToxinUnitsLast90Days")),
            "weightKg",
            "allergies",
            "anticoagulated",
            "botulinumToxinUnitsLast90Days");

    private static final ObjectShape<PainScore> PAIN_SCORE =
            ObjectShape.of(f -> new PainScore(f.integer("score", 0, 10), f.optionalDateTime("at")), "score", "at");

    private static final ObjectShape<InformedConsent> CONSENT = ObjectShape.of(
            f -> new InformedConsent(
                    f.dateTime("obtainedAt"),
                    f.optionalCode("method", ConsentMethod.class),
                    f.optionalObject("obtainedBy", REFERENCE),
                    f.optionalCode("signer", ConsentSigner.class),
                    f.texts("risksDisclosed"),
                    f.flag("alternativesDiscussed"),
                    f.flag("questionsAnswered")),
            "obtainedAt",
            "method",
            "signer",
            "obtainedBy",
            "risksDisclosed",
            "alternativesDiscussed",
            "questionsAnswered");

    private static final ObjectShape<TimeOut> TIME_OUT =
            ObjectShape.of(f -> new TimeOut(f.dateTime("at"), f.flag("siteMarked")), "at", "siteMarked");

    private static final ObjectShape<Needle> NEEDLE =
            ObjectShape.of(f -> new Needle(f.integer("gauge", 1, ANY), f.decimal("lengthMm")), "gauge", "lengthMm");

    private static final ObjectShape<Container> CONTAINER = ObjectShape.of(
            f -> new Container(f.code("kind", ContainerKind.class), f.optionalDecimal("volumeMl")), "kind", "volumeMl");

    private static final ObjectShape<Component> COMPONENT = ObjectShape.of(
            f -> new Component(
                    f.text("product"),
                    f.optionalDecimal("volumeMl"),
                    f.optionalDecimal("amount"),
                    f.optionalText("lot"),
                    f.optionalDate("expiry"),
                    f.optionalObject("container", CONTAINER)),
            "product",
            "volumeMl",
            "amount",
            "lot",
            "expiry",
            "container");

    private static final ObjectShape<Preparation> PREPARATION =
            ObjectShape.of(f -> new Preparation(f.text("id"), f.objects("components", COMPONENT)), "id", "components");

    private static final ObjectShape<InjectionSite> SITE = ObjectShape.of(
            f -> new InjectionSite(
                    f.text("muscle"),
                    f.code("laterality", Laterality.class),
                    f.optionalText("detail"),
                    f.integer("points", 1, ANY),
                    f.optionalCode("twitchResponse", TwitchResponse.class),
                    f.flag("referredPainReproduced"),
                    f.optionalText("preparation"),
                    f.optionalDecimal("volumeMl")),
            "muscle",
            "laterality",
            "detail",
            "points",
            "twitchResponse",
            "referredPainReproduced",
            "preparation",
            "volumeMl");

    private static final ObjectShape<PostProcedure> POST_PROCEDURE = ObjectShape.of(
            f -> new PostProcedure(f.integer("observedMinutes", 0, ANY), f.optionalFlag("vitalSignsStable")),
            "observedMinutes",
            "vitalSignsStable");

    private static final ObjectShape<Attestation> ATTESTATION =
            ObjectShape.of(f -> new Attestation(f.object("by", REFERENCE), f.dateTime("at")), "by", "at");

    private static final ObjectShape<FollowUp> FOLLOW_UP = ObjectShape.of(
            f -> new FollowUp(f.optionalInteger("afterDays", 0, ANY), f.optionalText("text")), "afterDays", "text");

    private static final ObjectShape<InjectionSession> SESSION = ObjectShape.of(
            SessionDecoder::session,
            "schemaVersion",
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
            "attestation");

    private SessionDecoder() {}

    /**
     * Reads one session from its JSON tree. The schema version is checked first, then unknown
     * properties, then each property in the order of the form.
     *
     * @throws SessionReadException naming the path ({@code $...}) of the first problem
     */
    static InjectionSession decode(JsonNode node) {
        JsonPath root = JsonPath.ROOT;
        if (!node.isObject()) {
            throw JsonFields.fail(root, "expected an object");
        }
        JsonPath versionPath = root.property("schemaVersion");
        JsonNode version = node.get("schemaVersion");
        if (version == null) {
            throw JsonFields.fail(versionPath, "required property is missing; expected " + SessionJson.SCHEMA_VERSION);
        }
        if (!version.isIntegralNumber()
                || !version.canConvertToInt()
                || version.intValue() != SessionJson.SCHEMA_VERSION) {
            throw JsonFields.fail(versionPath, "unsupported schema version; expected " + SessionJson.SCHEMA_VERSION);
        }
        return JsonFields.read(node, root, SESSION);
    }

    private static InjectionSession session(JsonFields f) {
        return new InjectionSession(
                f.uuid("id"),
                f.code("status", SessionStatus.class),
                f.optionalText("statusReason"),
                f.object("patient", REFERENCE),
                f.optionalObject("encounter", REFERENCE),
                f.optionalObject("performer", REFERENCE),
                f.optionalObject("location", REFERENCE),
                f.dateTime("start"),
                f.optionalDateTime("end"),
                f.optionalObject("patientFactors", PATIENT_FACTORS),
                f.objects("indications", CONCEPT),
                f.texts("findings"),
                f.texts("priorTherapies"),
                f.optionalObject("painBefore", PAIN_SCORE),
                f.optionalObject("painAfter", PAIN_SCORE),
                f.optionalObject("consent", CONSENT),
                f.optionalObject("timeOut", TIME_OUT),
                f.code("technique", Technique.class),
                f.optionalCode("needling", Needling.class),
                f.optionalCode("guidance", Guidance.class),
                f.optionalCode("skinPreparation", SkinPreparation.class),
                f.optionalObject("needle", NEEDLE),
                f.objects("preparations", PREPARATION),
                f.objects("sites", SITE),
                f.optionalCode("position", Position.class),
                f.optionalFlag("aspirationBeforeInjection"),
                f.optionalObject("postProcedure", POST_PROCEDURE),
                f.optionalObject("attestation", ATTESTATION),
                f.texts("complications"),
                f.optionalDecimal("estimatedBloodLossMl"),
                f.optionalCode("tolerance", Tolerance.class),
                f.flag("aftercareGiven"),
                f.optionalObject("followUp", FOLLOW_UP),
                f.optionalText("note"));
    }
}
