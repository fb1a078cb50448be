package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tpidoc.terminology.Concept;

/**
 * One trigger point injection (or dry needling) session: the aggregate the library documents,
 * validates, bills, renders and maps to FHIR.
 *
 * <p>Only structural invariants are checked here (required parts present, ranges); clinical rules are
 * judged by the validator, so a draft or an unsafe record is still representable. Lists are immutable
 * and never null. {@link #toString()} shows no patient data. Build one with {@link #builder()}.
 *
 * @param id the session's identity
 * @param status the record's state
 * @param statusReason why the session was aborted, or {@code null} (free text)
 * @param patient the patient; required
 * @param encounter the encounter, or {@code null}
 * @param performer the clinician who performed it, or {@code null}
 * @param location where it was performed, or {@code null}
 * @param start when the procedure started; required
 * @param end when it ended, or {@code null} (in progress, or not recorded)
 * @param patientFactors weight, allergies, anticoagulation, or {@code null} when none recorded
 * @param indications coded diagnoses (ICD-10-CM and/or SNOMED CT)
 * @param findings examination finding slugs ({@code taut-band}, {@code jump-sign}, ...)
 * @param priorTherapies slugs of conservative care already tried ({@code stretching}, ...)
 * @param painBefore pain score before, or {@code null}
 * @param painAfter pain score after, or {@code null}
 * @param consent informed consent, or {@code null} when none recorded
 * @param timeOut the time-out, or {@code null} when none recorded
 * @param technique injection or dry needling; required
 * @param needling fanning or single pass, or {@code null}
 * @param guidance palpation or ultrasound, or {@code null}
 * @param skinPreparation the antiseptic, or {@code null}
 * @param needle the needle, or {@code null}
 * @param preparations what was drawn up
 * @param sites where trigger points were needled
 * @param position how the patient was positioned, or {@code null} when not recorded
 * @param aspirationBeforeInjection whether the clinician aspirated before each injection (no blood
 *     returned), or {@code null} when not recorded
 * @param postProcedure the observation after the procedure, or {@code null} when not recorded
 * @param attestation who signed the record and when, or {@code null} when not signed
 * @param complications complication slugs; empty means none
 * @param estimatedBloodLossMl estimated blood loss in mL, zero or more, or {@code null}
 * @param tolerance how the patient tolerated it, or {@code null}
 * @param aftercareGiven whether aftercare instructions were given
 * @param followUp the follow-up plan, or {@code null}
 * @param note free-text note, or {@code null}
 */
public record InjectionSession(
        UUID id,
        SessionStatus status,
        @Nullable String statusReason,
        Reference patient,
        @Nullable Reference encounter,
        @Nullable Reference performer,
        @Nullable Reference location,
        OffsetDateTime start,
        @Nullable OffsetDateTime end,
        @Nullable PatientFactors patientFactors,
        List<Concept> indications,
        List<String> findings,
        List<String> priorTherapies,
        @Nullable PainScore painBefore,
        @Nullable PainScore painAfter,
        @Nullable InformedConsent consent,
        @Nullable TimeOut timeOut,
        Technique technique,
        @Nullable Needling needling,
        @Nullable Guidance guidance,
        @Nullable SkinPreparation skinPreparation,
        @Nullable Needle needle,
        List<Preparation> preparations,
        List<InjectionSite> sites,
        @Nullable Position position,
        @Nullable Boolean aspirationBeforeInjection,
        @Nullable PostProcedure postProcedure,
        @Nullable Attestation attestation,
        List<String> complications,
        @Nullable BigDecimal estimatedBloodLossMl,
        @Nullable Tolerance tolerance,
        boolean aftercareGiven,
        @Nullable FollowUp followUp,
        @Nullable String note) {

    /** Checks the required parts and ranges, and copies every list. */
    public InjectionSession {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(patient, "patient is required");
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(technique, "technique is required");
        checkArgument(statusReason == null || !statusReason.isBlank(), "statusReason must not be blank when present");
        checkArgument(note == null || !note.isBlank(), "note must not be blank when present");
        indications = copy(indications);
        findings = copy(findings);
        priorTherapies = copy(priorTherapies);
        preparations = copy(preparations);
        sites = copy(sites);
        complications = copy(complications);
        estimatedBloodLossMl = Decimals.normalize(estimatedBloodLossMl);
        checkArgument(
                estimatedBloodLossMl == null || estimatedBloodLossMl.signum() >= 0,
                "estimatedBloodLossMl must not be negative");
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this session's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The preparation with the given id, if the session has one. */
    public Optional<Preparation> preparation(String preparationId) {
        return preparations.stream().filter(p -> p.id().equals(preparationId)).findFirst();
    }

    /** Whether this session injected an injectate (as opposed to dry needling). */
    public boolean isInjection() {
        return technique == Technique.INJECTION;
    }

    @Override
    public String toString() {
        return "InjectionSession[id=" + id + ", status=" + status.code() + ", technique=" + technique.code()
                + ", preparations=" + preparations.size() + ", sites=" + sites.size() + "]";
    }

    /**
     * A fluent, mutable builder of {@link InjectionSession}. Not thread-safe; {@link #build()} checks
     * the structural invariants. Lists given to it are copied.
     */
    public static final class Builder {
        private @Nullable UUID id;
        private SessionStatus status = SessionStatus.COMPLETED;
        private @Nullable String statusReason;
        private @Nullable Reference patient;
        private @Nullable Reference encounter;
        private @Nullable Reference performer;
        private @Nullable Reference location;
        private @Nullable OffsetDateTime start;
        private @Nullable OffsetDateTime end;
        private @Nullable PatientFactors patientFactors;
        private final List<Concept> indications = new ArrayList<>();
        private final List<String> findings = new ArrayList<>();
        private final List<String> priorTherapies = new ArrayList<>();
        private @Nullable PainScore painBefore;
        private @Nullable PainScore painAfter;
        private @Nullable InformedConsent consent;
        private @Nullable TimeOut timeOut;
        private Technique technique = Technique.INJECTION;
        private @Nullable Needling needling;
        private @Nullable Guidance guidance;
        private @Nullable SkinPreparation skinPreparation;
        private @Nullable Needle needle;
        private final List<Preparation> preparations = new ArrayList<>();
        private final List<InjectionSite> sites = new ArrayList<>();
        private @Nullable Position position;
        private @Nullable Boolean aspirationBeforeInjection;
        private @Nullable PostProcedure postProcedure;
        private @Nullable Attestation attestation;
        private final List<String> complications = new ArrayList<>();
        private @Nullable BigDecimal estimatedBloodLossMl;
        private @Nullable Tolerance tolerance;
        private boolean aftercareGiven;
        private @Nullable FollowUp followUp;
        private @Nullable String note;

        private Builder() {}

        private Builder(InjectionSession s) {
            id = s.id;
            status = s.status;
            statusReason = s.statusReason;
            patient = s.patient;
            encounter = s.encounter;
            performer = s.performer;
            location = s.location;
            start = s.start;
            end = s.end;
            patientFactors = s.patientFactors;
            indications.addAll(s.indications);
            findings.addAll(s.findings);
            priorTherapies.addAll(s.priorTherapies);
            painBefore = s.painBefore;
            painAfter = s.painAfter;
            consent = s.consent;
            timeOut = s.timeOut;
            technique = s.technique;
            needling = s.needling;
            guidance = s.guidance;
            skinPreparation = s.skinPreparation;
            needle = s.needle;
            preparations.addAll(s.preparations);
            sites.addAll(s.sites);
            position = s.position;
            aspirationBeforeInjection = s.aspirationBeforeInjection;
            postProcedure = s.postProcedure;
            attestation = s.attestation;
            complications.addAll(s.complications);
            estimatedBloodLossMl = s.estimatedBloodLossMl;
            tolerance = s.tolerance;
            aftercareGiven = s.aftercareGiven;
            followUp = s.followUp;
            note = s.note;
        }

        /** Sets the session id (required). */
        public Builder id(UUID value) {
            this.id = value;
            return this;
        }

        /** Sets the status (default {@code completed}). */
        public Builder status(SessionStatus value) {
            this.status = value;
            return this;
        }

        /** Sets the reason a session was aborted. */
        public Builder statusReason(@Nullable String value) {
            this.statusReason = value;
            return this;
        }

        /** Sets the patient (required). */
        public Builder patient(Reference value) {
            this.patient = value;
            return this;
        }

        /** Sets the encounter. */
        public Builder encounter(@Nullable Reference value) {
            this.encounter = value;
            return this;
        }

        /** Sets the performing clinician. */
        public Builder performer(@Nullable Reference value) {
            this.performer = value;
            return this;
        }

        /** Sets the location. */
        public Builder location(@Nullable Reference value) {
            this.location = value;
            return this;
        }

        /** Sets the start time (required). */
        public Builder start(OffsetDateTime value) {
            this.start = value;
            return this;
        }

        /** Sets the end time. */
        public Builder end(@Nullable OffsetDateTime value) {
            this.end = value;
            return this;
        }

        /** Sets weight, allergies and anticoagulation. */
        public Builder patientFactors(@Nullable PatientFactors value) {
            this.patientFactors = value;
            return this;
        }

        /** Adds a coded indication. */
        public Builder addIndication(Concept value) {
            indications.add(value);
            return this;
        }

        /** Replaces the indications. */
        public Builder indications(List<Concept> values) {
            indications.clear();
            indications.addAll(values);
            return this;
        }

        /** Adds examination finding slugs. */
        public Builder addFindings(String... values) {
            findings.addAll(List.of(values));
            return this;
        }

        /** Replaces the examination findings. */
        public Builder findings(List<String> values) {
            findings.clear();
            findings.addAll(values);
            return this;
        }

        /** Adds prior therapy slugs. */
        public Builder addPriorTherapies(String... values) {
            priorTherapies.addAll(List.of(values));
            return this;
        }

        /** Replaces the prior therapies. */
        public Builder priorTherapies(List<String> values) {
            priorTherapies.clear();
            priorTherapies.addAll(values);
            return this;
        }

        /** Sets the pain score before the procedure. */
        public Builder painBefore(@Nullable PainScore value) {
            this.painBefore = value;
            return this;
        }

        /** Sets the pain score after the procedure. */
        public Builder painAfter(@Nullable PainScore value) {
            this.painAfter = value;
            return this;
        }

        /** Sets the informed consent. */
        public Builder consent(@Nullable InformedConsent value) {
            this.consent = value;
            return this;
        }

        /** Sets the time-out. */
        public Builder timeOut(@Nullable TimeOut value) {
            this.timeOut = value;
            return this;
        }

        /** Sets the technique (default {@code injection}). */
        public Builder technique(Technique value) {
            this.technique = value;
            return this;
        }

        /** Sets the needling pattern. */
        public Builder needling(@Nullable Needling value) {
            this.needling = value;
            return this;
        }

        /** Sets the guidance. */
        public Builder guidance(@Nullable Guidance value) {
            this.guidance = value;
            return this;
        }

        /** Sets the skin preparation. */
        public Builder skinPreparation(@Nullable SkinPreparation value) {
            this.skinPreparation = value;
            return this;
        }

        /** Sets the needle. */
        public Builder needle(@Nullable Needle value) {
            this.needle = value;
            return this;
        }

        /** Adds a preparation. */
        public Builder addPreparation(Preparation value) {
            preparations.add(value);
            return this;
        }

        /** Replaces the preparations. */
        public Builder preparations(List<Preparation> values) {
            preparations.clear();
            preparations.addAll(values);
            return this;
        }

        /** Adds a site. */
        public Builder addSite(InjectionSite value) {
            sites.add(value);
            return this;
        }

        /** Replaces the sites. */
        public Builder sites(List<InjectionSite> values) {
            sites.clear();
            sites.addAll(values);
            return this;
        }

        /** Sets how the patient was positioned. */
        public Builder position(@Nullable Position value) {
            this.position = value;
            return this;
        }

        /** Sets whether the clinician aspirated before each injection. */
        public Builder aspirationBeforeInjection(@Nullable Boolean value) {
            this.aspirationBeforeInjection = value;
            return this;
        }

        /** Sets the observation after the procedure. */
        public Builder postProcedure(@Nullable PostProcedure value) {
            this.postProcedure = value;
            return this;
        }

        /** Sets who signed the record and when. */
        public Builder attestation(@Nullable Attestation value) {
            this.attestation = value;
            return this;
        }

        /** Adds complication slugs. */
        public Builder addComplications(String... values) {
            complications.addAll(List.of(values));
            return this;
        }

        /** Replaces the complications. */
        public Builder complications(List<String> values) {
            complications.clear();
            complications.addAll(values);
            return this;
        }

        /** Sets the estimated blood loss in mL. */
        public Builder estimatedBloodLossMl(@Nullable BigDecimal value) {
            this.estimatedBloodLossMl = value;
            return this;
        }

        /** Sets the tolerance. */
        public Builder tolerance(@Nullable Tolerance value) {
            this.tolerance = value;
            return this;
        }

        /** Sets whether aftercare instructions were given. */
        public Builder aftercareGiven(boolean value) {
            this.aftercareGiven = value;
            return this;
        }

        /** Sets the follow-up plan. */
        public Builder followUp(@Nullable FollowUp value) {
            this.followUp = value;
            return this;
        }

        /** Sets the free-text note. */
        public Builder note(@Nullable String value) {
            this.note = value;
            return this;
        }

        /**
         * Builds the session.
         *
         * @throws NullPointerException if id, patient or start is missing (the message names it)
         * @throws IllegalArgumentException if a value is out of range (the message names it)
         */
        public InjectionSession build() {
            return new InjectionSession(
                    Objects.requireNonNull(id, "id is required"),
                    status,
                    statusReason,
                    Objects.requireNonNull(patient, "patient is required"),
                    encounter,
                    performer,
                    location,
                    Objects.requireNonNull(start, "start is required"),
                    end,
                    patientFactors,
                    indications,
                    findings,
                    priorTherapies,
                    painBefore,
                    painAfter,
                    consent,
                    timeOut,
                    technique,
                    needling,
                    guidance,
                    skinPreparation,
                    needle,
                    preparations,
                    sites,
                    position,
                    aspirationBeforeInjection,
                    postProcedure,
                    attestation,
                    complications,
                    estimatedBloodLossMl,
                    tolerance,
                    aftercareGiven,
                    followUp,
                    note);
        }
    }
}
