package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.Coded;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Needle;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.TimeOut;
import org.tpidoc.terminology.Concept;

/**
 * Writes the session form (DESIGN §4) in its documented property order, {@code schemaVersion} first.
 * Absent optional parts are left out, and so are empty lists, except {@code complications} (an empty
 * list there states "none"). Decimals are written plainly ({@code 40}, {@code 2.5}); date-times keep
 * their offset.
 */
final class SessionEncoder {

    private SessionEncoder() {}

    /** Writes {@code s} as one JSON object. */
    static void write(JsonGenerator g, InjectionSession s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SessionJson.SCHEMA_VERSION);
        g.writeStringField("id", s.id().toString());
        code(g, "status", s.status());
        text(g, "statusReason", s.statusReason());
        object(g, "patient", s.patient(), SessionEncoder::reference);
        object(g, "encounter", s.encounter(), SessionEncoder::reference);
        object(g, "performer", s.performer(), SessionEncoder::reference);
        object(g, "location", s.location(), SessionEncoder::reference);
        dateTime(g, "start", s.start());
        dateTime(g, "end", s.end());
        object(g, "patientFactors", s.patientFactors(), SessionEncoder::patientFactors);
        objects(g, "indications", s.indications(), SessionEncoder::concept);
        texts(g, "findings", s.findings());
        texts(g, "priorTherapies", s.priorTherapies());
        object(g, "painBefore", s.painBefore(), SessionEncoder::painScore);
        object(g, "painAfter", s.painAfter(), SessionEncoder::painScore);
        object(g, "consent", s.consent(), SessionEncoder::consent);
        object(g, "timeOut", s.timeOut(), SessionEncoder::timeOut);
        code(g, "technique", s.technique());
        code(g, "needling", s.needling());
        code(g, "guidance", s.guidance());
        code(g, "skinPreparation", s.skinPreparation());
        object(g, "needle", s.needle(), SessionEncoder::needle);
        objects(g, "preparations", s.preparations(), SessionEncoder::preparation);
        objects(g, "sites", s.sites(), SessionEncoder::site);
        g.writeArrayFieldStart("complications");
        for (String complication : s.complications()) {
            g.writeString(complication);
        }
        g.writeEndArray();
        decimal(g, "estimatedBloodLossMl", s.estimatedBloodLossMl());
        code(g, "tolerance", s.tolerance());
        g.writeBooleanField("aftercareGiven", s.aftercareGiven());
        object(g, "followUp", s.followUp(), SessionEncoder::followUp);
        text(g, "note", s.note());
        code(g, "position", s.position());
        flag(g, "aspirationBeforeInjection", s.aspirationBeforeInjection());
        object(g, "postProcedure", s.postProcedure(), SessionEncoder::postProcedure);
        object(g, "attestation", s.attestation(), SessionEncoder::attestation);
        g.writeEndObject();
    }

    private static void postProcedure(JsonGenerator g, PostProcedure p) throws IOException {
        g.writeNumberField("observedMinutes", p.observedMinutes());
        flag(g, "vitalSignsStable", p.vitalSignsStable());
    }

    private static void attestation(JsonGenerator g, Attestation a) throws IOException {
        object(g, "by", a.by(), SessionEncoder::reference);
        dateTime(g, "at", a.at());
    }

    private static void container(JsonGenerator g, Container c) throws IOException {
        code(g, "kind", c.kind());
        decimal(g, "volumeMl", c.volumeMl());
    }

    private static void reference(JsonGenerator g, Reference r) throws IOException {
        text(g, "reference", r.reference());
        if (r.identifier() != null) {
            g.writeObjectFieldStart("identifier");
            g.writeStringField("system", r.identifier().system());
            g.writeStringField("value", r.identifier().value());
            g.writeEndObject();
        }
        text(g, "display", r.display());
    }

    private static void patientFactors(JsonGenerator g, PatientFactors p) throws IOException {
        decimal(g, "weightKg", p.weightKg());
        texts(g, "allergies", p.allergies());
        flag(g, "anticoagulated", p.anticoagulated());
        decimal(g, "botulinumToxinUnitsLast90Days", p.botulinumToxinUnitsLast90Days());
    }

    private static void concept(JsonGenerator g, Concept c) throws IOException {
        g.writeStringField("system", c.system());
        g.writeStringField("code", c.code());
        text(g, "display", c.display());
    }

    private static void painScore(JsonGenerator g, PainScore p) throws IOException {
        g.writeNumberField("score", p.score());
        dateTime(g, "at", p.at());
    }

    private static void consent(JsonGenerator g, InformedConsent c) throws IOException {
        dateTime(g, "obtainedAt", c.obtainedAt());
        code(g, "method", c.method());
        code(g, "signer", c.signer());
        object(g, "obtainedBy", c.obtainedBy(), SessionEncoder::reference);
        texts(g, "risksDisclosed", c.risksDisclosed());
        g.writeBooleanField("alternativesDiscussed", c.alternativesDiscussed());
        g.writeBooleanField("questionsAnswered", c.questionsAnswered());
    }

    private static void timeOut(JsonGenerator g, TimeOut t) throws IOException {
        dateTime(g, "at", t.at());
        g.writeBooleanField("siteMarked", t.siteMarked());
    }

    private static void needle(JsonGenerator g, Needle n) throws IOException {
        g.writeNumberField("gauge", n.gauge());
        decimal(g, "lengthMm", n.lengthMm());
    }

    private static void preparation(JsonGenerator g, Preparation p) throws IOException {
        g.writeStringField("id", p.id());
        objects(g, "components", p.components(), SessionEncoder::component);
    }

    private static void component(JsonGenerator g, Component c) throws IOException {
        g.writeStringField("product", c.product());
        decimal(g, "volumeMl", c.volumeMl());
        decimal(g, "amount", c.amount());
        text(g, "lot", c.lot());
        date(g, "expiry", c.expiry());
        object(g, "container", c.container(), SessionEncoder::container);
    }

    private static void site(JsonGenerator g, InjectionSite s) throws IOException {
        g.writeStringField("muscle", s.muscle());
        code(g, "laterality", s.laterality());
        text(g, "detail", s.detail());
        g.writeNumberField("points", s.points());
        code(g, "twitchResponse", s.twitchResponse());
        g.writeBooleanField("referredPainReproduced", s.referredPainReproduced());
        text(g, "preparation", s.preparation());
        decimal(g, "volumeMl", s.volumeMl());
    }

    private static void followUp(JsonGenerator g, FollowUp f) throws IOException {
        if (f.afterDays() != null) {
            g.writeNumberField("afterDays", f.afterDays());
        }
        text(g, "text", f.text());
    }

    private static void text(JsonGenerator g, String name, @Nullable String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void flag(JsonGenerator g, String name, @Nullable Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    private static void code(JsonGenerator g, String name, @Nullable Coded value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.code());
        }
    }

    private static void decimal(JsonGenerator g, String name, @Nullable BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value.toPlainString());
        }
    }

    private static void dateTime(JsonGenerator g, String name, @Nullable OffsetDateTime value) throws IOException {
        if (value != null) {
            g.writeStringField(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static void date(JsonGenerator g, String name, @Nullable LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, DateTimeFormatter.ISO_LOCAL_DATE.format(value));
        }
    }

    private static void texts(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }

    private static <T> void object(JsonGenerator g, String name, @Nullable T value, Part<T> part) throws IOException {
        if (value != null) {
            g.writeObjectFieldStart(name);
            part.write(g, value);
            g.writeEndObject();
        }
    }

    private static <T> void objects(JsonGenerator g, String name, List<T> values, Part<T> part) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (T value : values) {
                g.writeStartObject();
                part.write(g, value);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    /** Writes the properties of one part into the object already started. */
    @FunctionalInterface
    private interface Part<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }
}
